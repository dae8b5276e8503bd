package dk.caseportal.notifications.api;

import java.util.Objects;

/**
 * A user's choice of mail about the cases they follow.
 *
 * @param digestHour the hour of the day (0–23, the portal's time zone) the daily digest is sent
 */
public record MailPreference(MailFrequency frequency, int digestHour) {

    /** What a user has chosen nothing: every update; a digest, if chosen later, at 7. */
    public static final MailPreference DEFAULT = new MailPreference(MailFrequency.EVERY_UPDATE, 7);

    public MailPreference {
        Objects.requireNonNull(frequency);
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("An hour of the day is 0 to 23: " + digestHour);
        }
    }
}
