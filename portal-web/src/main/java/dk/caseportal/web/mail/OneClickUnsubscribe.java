package dk.caseportal.web.mail;

import dk.caseportal.notifications.api.CaseMailSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One-click unsubscribe (RFC 8058): a mail program that offers "Unsubscribe" posts
 * {@code List-Unsubscribe=One-Click} to the address in the mail's List-Unsubscribe header, the same
 * address the link in the mail opens. That post is answered here; everything else goes on to the
 * page, which asks first.
 */
@WebFilter(urlPatterns = "/unsubscribe", asyncSupported = true)
public class OneClickUnsubscribe extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseMailSettings mailSettings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equalsIgnoreCase(request.getMethod()) && "One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            boolean done = mailSettings.unsubscribe(request.getParameter("token"));
            response.setStatus(done ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(done ? "Unsubscribed\n" : "Not a valid unsubscribe link\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
