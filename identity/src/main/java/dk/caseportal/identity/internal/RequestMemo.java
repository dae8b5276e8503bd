package dk.caseportal.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Answers kept for the rest of the current HTTP request, as request attributes: a page asks
 * several modules the same question (what may this user see?), and the database should answer it
 * once. Outside a request (background work) nothing is kept. A change made later in the same
 * request shows from the next request on, as for the caller in {@link RequestAuditContext}.
 */
@ApplicationScoped
public class RequestMemo {

    private static final String PREFIX = RequestMemo.class.getName() + ".";

    @Inject
    HttpServletRequest request;

    /** What was kept under this key in this request, if anything. */
    public <T> Optional<T> get(String key, Class<T> type) {
        try {
            return Optional.ofNullable(request.getAttribute(PREFIX + key)).filter(type::isInstance).map(type::cast);
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** Whether there is a request to keep answers for (not in background work). */
    public boolean inRequest() {
        try {
            request.getAttribute(PREFIX);
            return true;
        } catch (ContextNotActiveException | IllegalStateException e) {
            return false;
        }
    }

    /** Keeps the answer for the rest of the request (nothing, outside a request). */
    public void put(String key, Object value) {
        try {
            request.setAttribute(PREFIX + key, value);
        } catch (ContextNotActiveException | IllegalStateException e) {
            // no request: nothing to keep it for
        }
    }
}
