package dk.caseportal.notifications.api;

import dk.caseportal.cases.api.CaseNumber;
import java.util.Optional;

/**
 * The signed-in user's choices about mail on cases: how often (profile), and cases they hear
 * nothing about (the case page's "Slå mails fra"); and the unsubscribe link every such mail
 * carries, which works without signing in.
 */
public interface CaseMailSettings {

    /** The signed-in user's choice; {@link MailPreference#DEFAULT} if they never chose. */
    MailPreference mine();

    void changeMine(MailPreference preference);

    /** Whether the signed-in user muted the case. */
    boolean isMutedByMe(CaseNumber number);

    /** Mutes or unmutes the case for the signed-in user. */
    void muteForMe(CaseNumber number, boolean muted);

    /** The case an unsubscribe link is for, if its token is genuine (nothing is changed). */
    Optional<CaseNumber> unsubscribeTarget(String token);

    /**
     * Mutes the case for the user the link was made for; true if the token is genuine. Saying it
     * twice changes nothing.
     */
    boolean unsubscribe(String token);
}
