package dk.caseportal.notifications.internal;

import dk.caseportal.notifications.api.MailFrequency;
import dk.caseportal.notifications.api.MailPreference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A user's choice of mail about cases, and the day their last digest was sent. */
@Entity
@Table(name = "mail_preference")
public class MailPreferenceRow {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailFrequency frequency;

    @Column(name = "digest_hour", nullable = false)
    private int digestHour;

    @Column(name = "last_digest_on")
    private LocalDate lastDigestOn;

    @Version
    private long version;

    protected MailPreferenceRow() {
        // for JPA
    }

    MailPreferenceRow(long userId, MailPreference preference) {
        this.userId = userId;
        change(preference);
    }

    void change(MailPreference preference) {
        this.frequency = preference.frequency();
        this.digestHour = preference.digestHour();
    }

    MailPreference preference() {
        return new MailPreference(frequency, digestHour);
    }

    LocalDate lastDigestOn() {
        return lastDigestOn;
    }

    void digestSent(LocalDate day) {
        this.lastDigestOn = day;
    }
}
