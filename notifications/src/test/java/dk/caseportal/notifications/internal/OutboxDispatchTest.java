package dk.caseportal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserInvited;
import dk.caseportal.notifications.api.OutboxEntry;
import dk.caseportal.notifications.api.OutboxQuery;
import dk.caseportal.notifications.api.OutboxStatus;
import dk.caseportal.testing.Transactions;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox on PostgreSQL, sending to a real SMTP server (GreenMail) that may be down. */
class OutboxDispatchTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private EntityManager em;
    private Outbox outbox;
    private OutboxDispatch dispatch;
    private OutboxAdministrationService administration;
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private int smtpPort;
    private GreenMail smtp;

    @BeforeEach
    void setUp() throws IOException {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        MailSettings settings = settings(smtpPort);
        outbox = new Outbox(em, clock);
        dispatch = new OutboxDispatch(outbox, new SmtpTransport(settings), settings, clock);
        administration = new OutboxAdministrationService(outbox, audit, clock);
        startSmtp();
    }

    @AfterEach
    void tearDown() {
        stopSmtp();
        em.close();
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private OutboxEntry enqueue(String to) {
        return inTransaction(() -> outbox.enqueue(new OutgoingMail(to, "Nulstil din adgangskode",
                "Hej Mette\n\nBrug linket.", "<p>Hej Mette</p><p>Brug linket.</p>")));
    }

    private boolean sendNextDue() {
        return inTransaction(dispatch::sendNextDue);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new Transactions(em).inTransaction(work);
    }

    private OutboxEntry entry(long id) {
        return administration.find(new OutboxQuery(null, null, 0, 100, null, false)).stream()
                .filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aMailIsSentWithTextAndHtmlAndAStableMessageId() throws Exception {
        OutboxEntry queued = enqueue("mette.jensen@bpo.example");

        assertThat(sendNextDue()).isTrue();
        assertThat(sendNextDue()).isFalse();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Nulstil din adgangskode");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("noreply@caseportal.example");
        assertThat(mail.getMessageID()).startsWith("<outbox-" + queued.id() + ".").endsWith("@caseportal.example>");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Hej Mette");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(entry(queued.id()).status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void whenTheMailServerIsDownAnInvitationArrivesExactlyOnceAfterItComesBack() throws Exception {
        stopSmtp();
        InvitationMails invitations = new InvitationMails(outbox, new PortalLinks("https://portal.example/"));
        inTransaction(() -> {
            invitations.on(new UserInvited(new UserId(7), "Nina Ny", "nina.ny@nordicretail.example",
                    Locale.ENGLISH, "invitation-token", clock.instant().plus(Duration.ofHours(72))));
            return null;
        });
        OutboxEntry queued = administration.find(new OutboxQuery(null, null, 0, 10, null, false)).get(0);

        assertThat(sendNextDue()).isTrue();
        OutboxEntry afterFailure = entry(queued.id());
        assertThat(afterFailure.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(afterFailure.attempts()).isEqualTo(1);
        assertThat(afterFailure.lastError()).isNotBlank();
        assertThat(afterFailure.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(sendNextDue()).as("not due again before the backoff has passed").isFalse();

        startSmtp();
        clock.advance(Duration.ofSeconds(31));
        assertThat(sendNextDue()).isTrue();
        assertThat(sendNextDue()).isFalse();
        clock.advance(Duration.ofHours(2));
        assertThat(sendNextDue()).isFalse();

        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(mail -> {
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nina.ny@nordicretail.example");
            assertThat(GreenMailUtil.getBody(mail)).contains("Hello Nina Ny", "https://portal.example/reset-password?token=invitation-token");
        });
        assertThat(entry(queued.id()).status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void afterTheLastAttemptTheMailIsFailedUntilAnAdministratorRetriesIt() {
        stopSmtp();
        OutboxEntry queued = enqueue("sofie.holm@nordicretail.example");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(sendNextDue()).isTrue();
            clock.advance(Duration.ofMinutes(15));
        }
        assertThat(entry(queued.id()).status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(sendNextDue()).isFalse();
        assertThat(administration.count(OutboxStatus.FAILED, null)).isEqualTo(1);

        startSmtp();
        assertThat(inTransaction(() -> administration.retry(queued.id()))).isTrue();
        assertThat(inTransaction(() -> administration.retry(queued.id()))).as("only failed mails").isFalse();
        assertThat(audit.recorded).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(dk.caseportal.identity.api.AuditAction.MAIL_RETRIED);
            assertThat(entry.target()).isEqualTo("\"Nulstil din adgangskode\" to sofie.holm@nordicretail.example");
        });
        assertThat(sendNextDue()).isTrue();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(entry(queued.id()).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(entry(queued.id()).attempts()).isEqualTo(1);
    }

    @Test
    void aMailWhoseChangeIsRolledBackIsNeverSent() {
        em.getTransaction().begin();
        outbox.enqueue(new OutgoingMail("patrick.stjerne@bpo.example", "Emne", "Tekst", null));
        em.getTransaction().rollback();
        em.clear();

        assertThat(sendNextDue()).isFalse();
        assertThat(administration.count(null, null)).isZero();
    }

    @Test
    void administratorsFindMailsByStatusAndRecipientPageByPage() {
        for (int i = 0; i < 5; i++) {
            enqueue("user" + i + "@bpo.example");
            clock.advance(Duration.ofSeconds(1));
        }
        enqueue("sofie.holm@nordicretail.example");
        sendNextDue();

        assertThat(administration.count(null, null)).isEqualTo(6);
        assertThat(administration.count(OutboxStatus.SENT, null)).isEqualTo(1);
        assertThat(administration.count(null, "BPO.example")).isEqualTo(5);
        assertThat(administration.count(null, "%")).as("wildcards are plain text").isZero();
        assertThat(administration.find(new OutboxQuery(null, "bpo", 0, 2, null, false)))
                .extracting(OutboxEntry::recipient).containsExactly("user4@bpo.example", "user3@bpo.example");
        assertThat(administration.find(new OutboxQuery(null, null, 0, 10, "recipient", true)))
                .extracting(OutboxEntry::recipient).startsWith("sofie.holm@nordicretail.example", "user0@bpo.example");
    }

    /** Mail to GreenMail on the port: three tries, 30 s apart at first. */
    static MailSettings settings(int smtpPort) {
        return new MailSettings("127.0.0.1", smtpPort, Optional.empty(), Optional.empty(),
                MailSettings.Tls.NONE, MailSettings.address("Case Portal <noreply@caseportal.example>"),
                Duration.ofSeconds(2), Duration.ofSeconds(5),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 3), Duration.ofSeconds(5));
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
