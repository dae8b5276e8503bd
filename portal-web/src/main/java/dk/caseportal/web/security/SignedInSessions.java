package dk.caseportal.web.security;

import dk.caseportal.identity.api.PasswordChanged;
import dk.caseportal.identity.api.UserDeactivated;
import dk.caseportal.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The signed-in sessions of each user on this server, so that setting a new password ends all of
 * them (someone who knew the old password is signed out everywhere), and so does deactivation.
 */
@ApplicationScoped
public class SignedInSessions {

    private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());

    private final Map<UserId, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    public void signedIn(UserId user, HttpSession session) {
        sessions.computeIfAbsent(user, key -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void ended(HttpSession session) {
        sessions.values().forEach(set -> set.remove(session));
        sessions.values().removeIf(Set::isEmpty);
    }

    /** Only once the new password is committed. */
    void passwordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged event) {
        endAll(event.user(), "a password change");
    }

    void deactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserDeactivated event) {
        endAll(event.user(), "deactivation");
    }

    private void endAll(UserId user, String reason) {
        Set<HttpSession> ended = sessions.remove(user);
        if (ended == null) {
            return;
        }
        for (HttpSession session : ended) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile: nothing to do
            }
        }
        LOG.info(() -> "Ended " + ended.size() + " session(s) of user " + user + " after " + reason);
    }
}
