package dk.caseportal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.caseportal.cases.api.CaseActivity;
import dk.caseportal.cases.api.CaseField;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.FieldChange;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.notifications.api.MailFrequency;
import dk.caseportal.notifications.api.MailPreference;
import dk.caseportal.notifications.api.OutboxEntry;
import dk.caseportal.notifications.api.OutboxQuery;
import dk.caseportal.notifications.api.OutboxStatus;
import dk.caseportal.notifications.internal.OutboxDispatchTest.MutableClock;
import dk.caseportal.testing.Transactions;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mails about a case's activity, from the case module's event to the mail server (GreenMail):
 * who gets them, in which language, with which headers, and the choices that stop them.
 */
class CaseActivityMailsTest {

    private static final CaseNumber CASE = new CaseNumber(2001);
    private static final CaseNumber OTHER_CASE = new CaseNumber(2002);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final FakePeople people = new FakePeople();
    private final UserSummary patrick = people.user(101, "Patrick Stjerne", "patrick.stjerne@bpo.example",
            Locale.forLanguageTag("da"), Role.CUSTOMER);
    private final UserSummary mette = people.user(102, "Mette Jensen", "mette.jensen@bpo.example",
            Locale.forLanguageTag("da"), Role.CUSTOMER);
    private final UserSummary lars = people.user(201, "Lars Nielsen", "lars.nielsen@vendor.example",
            Locale.ENGLISH, Role.AGENT);
    private final UserSummary sara = people.user(202, "Sara Berg", "sara.berg@vendor.example",
            Locale.forLanguageTag("da"), Role.AGENT);

    private EntityManager em;
    private Outbox outbox;
    private OutboxDispatch dispatch;
    private Digests digests;
    private CaseActivityMails mails;
    private CaseMailSettingsService mailSettings;
    private OutboxAdministrationService administration;
    private int smtpPort;
    private GreenMail smtp;

    @BeforeEach
    void setUp() throws IOException {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        MailSettings settings = OutboxDispatchTest.settings(smtpPort);
        MailPreferences preferences = new MailPreferences(em);
        CaseMailRecipients recipients = new CaseMailRecipients(people, people, preferences);
        UnsubscribeTokens tokens = new UnsubscribeTokens(em);
        PortalLinks links = new PortalLinks("https://portal.example/");
        outbox = new Outbox(em, clock);
        digests = new Digests(em, people, recipients, outbox, links, tokens, "Europe/Copenhagen", clock);
        mails = new CaseActivityMails(people, people, recipients, preferences, outbox, digests, links, tokens, settings,
                new ReplySettings(Optional.empty(), 143, "", "", MailSettings.Tls.NONE, "", Duration.ofSeconds(30)));
        dispatch = new OutboxDispatch(outbox, new SmtpTransport(settings), settings, recipients, clock);
        mailSettings = new CaseMailSettingsService(people, preferences, tokens, clock);
        administration = new OutboxAdministrationService(outbox, new RecordingAuditTrail(), clock);
        people.follows(CASE, patrick, mette, lars);
        startSmtp();
    }

    @AfterEach
    void tearDown() {
        stopSmtp();
        em.close();
    }

    @Test
    void patricksPostReachesTheFollowersAndTheOwnerInTheirLanguagesButNotPatrick() throws Exception {
        tell(post(patrick, false));
        sendAll();

        assertThat(recipientsOf(smtp.getReceivedMessages()))
                .containsExactlyInAnyOrder(mette.email(), lars.email());
        MimeMessage toMette = to(mette);
        assertThat(toMette.getSubject()).isEqualTo("[Sag 00002001] Lønkørslen fejler");
        assertThat(text(toMette)).contains("Patrick Stjerne (Kunde) skrev på sagen:", "Se loggen fra i går",
                "Se sagen: https://portal.example/cases/00002001", "Du får denne mail, fordi du følger sag 00002001.");
        assertThat(html(toMette))
                .contains("<a href=\"https://example.com/log\" rel=\"nofollow noopener\">loggen</a>")
                .as("the image needs a signed-in browser: a link to the case instead")
                .doesNotContain("<img").contains("<a href=\"https://portal.example/cases/00002001\">[billede]</a>");
        MimeMessage toLars = to(lars);
        assertThat(toLars.getSubject()).isEqualTo("[Case 00002001] Lønkørslen fejler");
        assertThat(text(toLars)).contains("Patrick Stjerne (Customer) wrote on the case:");

        // One thread per case in mail clients, and the one-click unsubscribe of RFC 8058.
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<case-00002001@caseportal.example>");
            assertThat(mail.getHeader("References", null)).isEqualTo("<case-00002001@caseportal.example>");
            assertThat(mail.getHeader("List-Unsubscribe", null)).startsWith("<https://portal.example/unsubscribe?token=");
            assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(mail.getMessageID()).startsWith("<outbox-").endsWith("@caseportal.example>");
        }
    }

    @Test
    void anInternalNoteReachesTheVendorsFollowersOnly() throws Exception {
        people.follows(CASE, sara);

        tell(CaseActivity.post(CASE, "Lønkørslen fejler", lars.id(), lars.name(), true, clock.instant(), true,
                "<p>Kunden har ikke opdateret.</p>", "Kunden har ikke opdateret."));
        sendAll();

        assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactly(sara.email());
        assertThat(text(to(sara))).contains("Lars Nielsen (Leverandør) skrev en intern note på sagen",
                "Kunden har ikke opdateret.");
    }

    @Test
    void aFollowerWhoseAccessEndedAfterThePostWasQueuedGetsNothing() throws Exception {
        tell(post(patrick, false));
        people.losesAccess(mette, CASE);
        sendAll();

        assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactly(lars.email());
        assertThat(outboxTo(mette)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(OutboxStatus.CANCELLED);
            assertThat(entry.lastError()).isEqualTo("the recipient can no longer see case 00002001");
        });

        tell(post(lars, false));
        sendAll();
        assertThat(recipientsOf(smtp.getReceivedMessages())).as("not queued for her any more")
                .containsExactly(lars.email(), patrick.email());
    }

    @Test
    void aChangeOfStatusAndOwnerIsOneMailWithEachFieldOldAndNew() throws Exception {
        tell(CaseActivity.change(CASE, "Lønkørslen fejler", sara.id(), sara.name(), true, clock.instant(), List.of(
                new FieldChange(CaseField.STATUS, "NEW", "WAITING_FOR_CUSTOMER"),
                new FieldChange(CaseField.OWNER, null, "Lars Nielsen"))));
        sendAll();

        assertThat(text(to(mette))).contains("Sara Berg (Leverandør) ændrede sagen:", "Status: Ny → Afventer kunde",
                "Sagsejer: (ingen) → Lars Nielsen");
        assertThat(text(to(lars))).contains("Status: New → Waiting for customer", "Case owner: (none) → Lars Nielsen");
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void theDailyDigestCollectsTheDaysUpdatesInOneMailAtTheChosenHour() throws Exception {
        people.signIn(mette);
        run(() -> mailSettings.changeMine(new MailPreference(MailFrequency.DAILY_DIGEST, 16)));

        tell(post(patrick, false));
        clock.advance(Duration.ofMinutes(30));
        tell(CaseActivity.change(CASE, "Lønkørslen fejler", lars.id(), lars.name(), true, clock.instant(),
                List.of(new FieldChange(CaseField.STATUS, "NEW", "IN_PROGRESS"))));
        tell(CaseActivity.file(CASE, "Lønkørslen fejler", patrick.id(), patrick.name(), false, clock.instant(),
                "lønkørsel.log"));
        sendAll();
        assertThat(recipientsOf(smtp.getReceivedMessages())).as("the others get each update as it happens")
                .containsExactlyInAnyOrder(lars.email(), patrick.email(), lars.email());
        assertThat(inTransaction(digests::due)).as("11:30 in Copenhagen: before Mette's hour").isEmpty();

        clock.advance(Duration.ofHours(4).plusMinutes(35)); // 15:05 UTC, 16:05 in Copenhagen
        assertThat(inTransaction(digests::due)).containsExactly(mette.id().value());
        inTransaction(digests::due).forEach(user -> run(() -> digests.send(user)));
        sendAll();

        MimeMessage digest = to(mette);
        assertThat(digest.getSubject()).isEqualTo("Dagens opdateringer på dine sager (3)");
        assertThat(text(digest)).contains("Hej Mette Jensen", "[Sag 00002001] Lønkørslen fejler",
                "11:00 Patrick Stjerne (Kunde) skrev på sagen:", "Se loggen fra i går",
                "11:30 Lars Nielsen (Leverandør) ændrede sagen:", "Status: Ny → Under behandling",
                "Patrick Stjerne (Kunde) tilføjede filen \"lønkørsel.log\" til sagen.",
                "Stop mails om denne sag: https://portal.example/unsubscribe?token=");
        assertThat(inTransaction(digests::due)).as("one digest a day").isEmpty();

        tell(post(patrick, false));
        assertThat(inTransaction(digests::due)).as("the next update waits for tomorrow").isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(inTransaction(digests::due)).containsExactly(mette.id().value());
    }

    @Test
    void mutingACaseAndTheMailsUnsubscribeLinkStopMailsAboutThatCaseOnly() throws Exception {
        people.follows(OTHER_CASE, mette, lars);
        people.signIn(mette);
        run(() -> mailSettings.muteForMe(CASE, true));
        assertThat(inTransaction(() -> mailSettings.isMutedByMe(CASE))).isTrue();

        tell(post(patrick, false));
        sendAll();
        assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactly(lars.email());

        String unsubscribe = to(lars).getHeader("List-Unsubscribe", null);
        String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6, unsubscribe.length() - 1);
        assertThat(inTransaction(() -> mailSettings.unsubscribe(token.substring(0, token.length() - 2) + "xx")))
                .as("a tampered token").isFalse();
        assertThat(inTransaction(() -> mailSettings.unsubscribe(token.replace("201.", "102.")))).isFalse();
        assertThat(inTransaction(() -> mailSettings.unsubscribeTarget(token))).contains(CASE);
        assertThat(inTransaction(() -> mailSettings.unsubscribe(token))).isTrue();
        assertThat(inTransaction(() -> mailSettings.unsubscribe(token))).as("clicked twice").isTrue();

        tell(post(patrick, false));
        tell(CaseActivity.post(OTHER_CASE, "Feriepenge", patrick.id(), patrick.name(), false, clock.instant(), false,
                "<p>Og en sag mere</p>", "Og en sag mere"));
        sendAll();
        assertThat(recipientsOf(smtp.getReceivedMessages())).as("only the other case")
                .containsExactlyInAnyOrder(lars.email(), mette.email(), lars.email());

        run(() -> mailSettings.muteForMe(CASE, false));
        tell(post(patrick, false));
        sendAll();
        assertThat(to(mette).getSubject()).isEqualTo("[Sag 00002001] Lønkørslen fejler");
    }

    @Test
    void aCaseMutedAfterTheMailWasQueuedIsNotSent() {
        tell(post(patrick, false));
        people.signIn(lars);
        run(() -> mailSettings.muteForMe(CASE, true));
        sendAll();

        assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactly(mette.email());
        assertThat(outboxTo(lars)).extracting(OutboxEntry::status).containsExactly(OutboxStatus.CANCELLED);
    }

    @Test
    void whenTheMailServerIsDownTheFollowersGetThePostOnceItIsBack() {
        stopSmtp();
        tell(post(patrick, false));
        sendAll();
        assertThat(outboxTo(mette)).extracting(OutboxEntry::status).containsExactly(OutboxStatus.PENDING);

        startSmtp();
        clock.advance(Duration.ofMinutes(1));
        sendAll();
        clock.advance(Duration.ofHours(1));
        sendAll();

        assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactlyInAnyOrder(mette.email(), lars.email());
    }

    private CaseActivity post(UserSummary author, boolean internal) {
        return CaseActivity.post(CASE, "Lønkørslen fejler", author.id(), author.name(),
                author.role().isVendorStaff(), clock.instant(), internal,
                "<p>Se <a href=\"https://example.com/log\" rel=\"nofollow noopener\">loggen</a> fra i går "
                        + "<img src=\"/files/0f6b/inline\" alt=\"\"></p>",
                "Se loggen fra i går");
    }

    private void tell(CaseActivity activity) {
        run(() -> mails.on(activity));
    }

    private void sendAll() {
        while (inTransaction(dispatch::sendNextDue)) {
            // each due mail in its own transaction, as the dispatcher does
        }
    }

    private List<OutboxEntry> outboxTo(UserSummary user) {
        return administration.find(new OutboxQuery(null, user.email(), 0, 100, null, false));
    }

    private MimeMessage to(UserSummary user) throws MessagingException {
        List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> recipientsOf(mail).equals(user.email())).toList();
        assertThat(mails).as("mails to " + user.name()).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    private static List<String> recipientsOf(MimeMessage[] received) {
        return Arrays.stream(received).map(CaseActivityMailsTest::recipientsOf).toList();
    }

    private static String recipientsOf(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws IOException, MessagingException {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage mail) throws IOException, MessagingException {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
    }

    private void run(Runnable work) {
        new Transactions(em).run(work);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new Transactions(em).inTransaction(work);
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
}
