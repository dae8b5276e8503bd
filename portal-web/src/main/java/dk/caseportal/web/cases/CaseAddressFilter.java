package dk.caseportal.web.cases;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a case at its stable address {@code /cases/00002196} (the one mails link to) by the
 * case page {@code /case?number=00002196}. Other addresses under {@code /cases/} are pages of
 * their own, such as {@code /cases/new}.
 */
@WebFilter(urlPatterns = "/cases/*")
public class CaseAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern CASE_ADDRESS = Pattern.compile("/cases/(\\d{1,8})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher matcher = CASE_ADDRESS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (matcher.matches()) {
            request.getRequestDispatcher("/case?number=" + matcher.group(1)).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
