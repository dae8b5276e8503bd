package dk.caseportal.identity.api;

import java.util.Optional;
import java.util.Set;

/**
 * Setting a password through a single-use link: "Glemt adgangskode?" (valid one hour) and the
 * link in an invitation (valid 72 hours).
 */
public interface PasswordReset {

    /**
     * Sends a reset link when an active user has this email. Answers nothing either way, so the
     * caller cannot tell whether the email exists.
     */
    void requestReset(String email);

    /** Whom a link is for and why, if the link is still usable (known, unused, not expired). */
    Optional<PasswordLinkInfo> linkFor(String token);

    /**
     * Sets a new password through a link. The link is used up only when the password is accepted.
     *
     * @return the problems with the password (empty when it was set), or empty with the result
     *         {@link Result#INVALID_LINK} when the link is unknown, used or expired
     */
    Result resetPassword(String token, String newPassword);

    /** What became of a reset. */
    record Result(boolean changed, boolean invalidLink, Set<PasswordProblem> problems) {

        public static final Result INVALID_LINK = new Result(false, true, Set.of());
        public static final Result CHANGED = new Result(true, false, Set.of());

        public static Result refused(Set<PasswordProblem> problems) {
            return new Result(false, false, Set.copyOf(problems));
        }
    }
}
