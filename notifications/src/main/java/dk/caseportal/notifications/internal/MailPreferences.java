package dk.caseportal.notifications.internal;

import dk.caseportal.notifications.api.MailPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The tables behind users' mail choices: how often, and the cases they muted. */
@ApplicationScoped
public class MailPreferences {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    protected MailPreferences() {
        // for CDI
    }

    MailPreferences(EntityManager em) {
        this.em = em;
    }

    MailPreference of(long userId) {
        return row(userId).map(MailPreferenceRow::preference).orElse(MailPreference.DEFAULT);
    }

    Optional<MailPreferenceRow> row(long userId) {
        return Optional.ofNullable(em.find(MailPreferenceRow.class, userId));
    }

    void change(long userId, MailPreference preference) {
        row(userId).ifPresentOrElse(row -> row.change(preference),
                () -> em.persist(new MailPreferenceRow(userId, preference)));
    }

    boolean isMuted(long userId, long caseNumber) {
        return !em.createNativeQuery("SELECT 1 FROM notifications.case_mute WHERE user_id = ?1 AND case_number = ?2")
                .setParameter(1, userId).setParameter(2, caseNumber).getResultList().isEmpty();
    }

    void mute(long userId, long caseNumber, Instant now) {
        em.createNativeQuery("""
                        INSERT INTO notifications.case_mute (user_id, case_number, muted_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (user_id, case_number) DO NOTHING""")
                .setParameter(1, userId).setParameter(2, caseNumber).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    void unmute(long userId, long caseNumber) {
        em.createNativeQuery("DELETE FROM notifications.case_mute WHERE user_id = ?1 AND case_number = ?2")
                .setParameter(1, userId).setParameter(2, caseNumber).executeUpdate();
    }
}
