package dk.caseportal.cases.internal;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cases found visible to a user in the current request, read-only: a page asks several
 * services about the same case (its details, then its feed), and the database and the access
 * check should answer once. Only what was found is kept, so a case created later in the request
 * is found then. Outside a request (background work) nothing is kept.
 */
@RequestScoped
public class RequestCases {

    private final Map<String, SupportCase> visible = new HashMap<>();

    Optional<SupportCase> visible(long caseNumber, long userId) {
        return Optional.ofNullable(visible.get(key(caseNumber, userId)));
    }

    void keep(long caseNumber, long userId, SupportCase found) {
        visible.put(key(caseNumber, userId), found);
    }

    private static String key(long caseNumber, long userId) {
        return caseNumber + "/" + userId;
    }

    /** Calls through the proxy, or nothing when no request is active. */
    static Optional<SupportCase> visible(RequestCases memo, long caseNumber, long userId) {
        try {
            return memo == null ? Optional.empty() : memo.visible(caseNumber, userId);
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }

    static void keep(RequestCases memo, long caseNumber, long userId, SupportCase found) {
        try {
            if (memo != null) {
                memo.keep(caseNumber, userId, found);
            }
        } catch (ContextNotActiveException e) {
            // no request: nothing to keep it for
        }
    }
}
