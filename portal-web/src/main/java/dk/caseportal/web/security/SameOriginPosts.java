package dk.caseportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a form or ajax post that a browser sent from another site (cross-site request forgery):
 * the {@code Origin} header, or else the {@code Referer}, must name the portal itself — the
 * address the request came to, or the configured public address when a proxy stands in front.
 * Faces' view state protects stateful pages too, but the home page is stateless (its forms carry
 * no view state), and this check covers every page the same way. Requests without either header
 * (not sent by a browser) pass; they carry no one's session.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOriginPosts.class.getName());

    @Inject
    @ConfigProperty(name = "portal.public-base-url")
    transient Optional<String> publicBaseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            String source = Optional.ofNullable(request.getHeader("Origin")).orElse(request.getHeader("Referer"));
            if (source != null && !fromPortal(source, request)) {
                LOG.warning(() -> "Refused a post to " + request.getRequestURI() + " from " + source);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean fromPortal(String source, HttpServletRequest request) {
        String origin = origin(source);
        if (origin == null) {
            return false; // "null" or garbage: a sandboxed or privacy-stripped context, not one of our pages
        }
        String requested = origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
        return origin.equals(requested) || publicBaseUrl.map(SameOriginPosts::origin).filter(origin::equals).isPresent();
    }

    /** scheme://host:port with the default port written out, or null when it is not such an address. */
    static String origin(String address) {
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase() + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
