package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.ActingAs;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tells the audit trail who acts and from where: the signed-in caller of the current request and
 * the client's address, from the container's own beans. Outside a request (start-up, the mail
 * dispatcher) there is neither. It lives here rather than in the web module because, deployed as
 * an EAR, beans in the library jars cannot see beans of the WAR.
 */
@ApplicationScoped
public class RequestAuditContext implements AuditContext, ActingAs {

    private static final String ACTOR_ATTRIBUTE = RequestAuditContext.class.getName() + ".actor";
    /** Set only while {@link #run} does work for a user on this thread. */
    private static final ThreadLocal<Acting> ACTING = new ThreadLocal<>();

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext securityContext;

    @Inject
    IdentityDirectory directory;

    /**
     * The caller, read once per request: a page asks several services, and each would otherwise
     * look the same user up again. A change to the user (deactivation, role) applies from the
     * next request on.
     */
    @Override
    public <T> T run(UserId user, String channel, Supplier<T> work) {
        UserSummary found = directory.findUser(user).filter(UserSummary::active)
                .orElseThrow(() -> new AccessRefusedException("No active user " + user));
        Acting before = ACTING.get();
        ACTING.set(new Acting(found, channel));
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    @Override
    public Optional<UserSummary> actor() {
        Acting acting = ACTING.get();
        if (acting != null) {
            return Optional.of(acting.user());
        }
        try {
            Principal caller = securityContext.getCallerPrincipal();
            if (caller == null) {
                return Optional.empty();
            }
            UserId id = new UserId(Long.parseLong(caller.getName()));
            if (request.getAttribute(ACTOR_ATTRIBUTE) instanceof UserSummary known && known.id().equals(id)) {
                return Optional.of(known);
            }
            Optional<UserSummary> found = directory.findUser(id);
            found.ifPresent(user -> request.setAttribute(ACTOR_ATTRIBUTE, user));
            return found;
        } catch (ContextNotActiveException | IllegalStateException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> address() {
        Acting acting = ACTING.get();
        if (acting != null) {
            return Optional.of(acting.channel());
        }
        try {
            return Optional.ofNullable(request.getRemoteAddr());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private record Acting(UserSummary user, String channel) {
    }
}
