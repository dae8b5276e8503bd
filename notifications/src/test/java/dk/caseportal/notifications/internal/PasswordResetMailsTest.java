package dk.caseportal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.identity.api.PasswordResetRequested;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.notifications.api.OutboxEntry;
import dk.caseportal.notifications.api.OutboxQuery;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reset request becomes a mail in the outbox, in the recipient's language, with the link. */
class PasswordResetMailsTest {

    private EntityManager em;
    private Outbox outbox;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        outbox = new Outbox(em, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    @Test
    void theResetMailIsQueuedWithTheLinkToThePortal() {
        PasswordResetMails mails = new PasswordResetMails(outbox, new PortalLinks("https://support.vendor.example/portal"));
        em.getTransaction().begin();
        mails.on(new PasswordResetRequested(new UserId(7), "Sofie Holm", "sofie.holm@nordicretail.example",
                Locale.ENGLISH, "tok_en-123", Instant.now().plusSeconds(3600)));
        em.getTransaction().commit();

        List<OutboxEntry> queued = new OutboxAdministrationService(outbox, new RecordingAuditTrail(), Clock.systemUTC())
                .find(new OutboxQuery(null, null, 0, 10, null, false));
        assertThat(queued).singleElement().satisfies(entry -> {
            assertThat(entry.recipient()).isEqualTo("sofie.holm@nordicretail.example");
            assertThat(entry.subject()).isEqualTo("Reset your Case Portal password");
        });
        OutboxMessage message = em.find(OutboxMessage.class, queued.get(0).id());
        assertThat(message.mail().text())
                .contains("https://support.vendor.example/portal/reset-password?token=tok_en-123");
    }
}
