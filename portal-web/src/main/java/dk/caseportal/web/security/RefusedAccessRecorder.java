package dk.caseportal.web.security;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts every refused request (the container's 403, shown by our "Ingen adgang" page) in the audit
 * trail, with the address that was asked for.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedAccessRecorder extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Set by a page that refused the request and recorded it already, so it is not recorded twice. */
    public static final String RECORDED = RefusedAccessRecorder.class.getName() + ".recorded";

    @Inject
    transient AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(RECORDED) == null) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            audit.record(AuditAction.ACCESS_REFUSED, uri == null ? null : uri.toString(), null, null);
        }
        chain.doFilter(request, response);
    }
}
