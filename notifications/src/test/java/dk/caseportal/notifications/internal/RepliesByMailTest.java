package dk.caseportal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.caseportal.cases.api.CaseActivity;
import dk.caseportal.cases.api.CaseAttachments;
import dk.caseportal.cases.api.CaseFeed;
import dk.caseportal.cases.api.CaseFileRefusedException;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.FeedPage;
import dk.caseportal.cases.api.FeedQuery;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.notifications.internal.OutboxDispatchTest.MutableClock;
import dk.caseportal.testing.Transactions;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies by mail, end to end on GreenMail: the portal's mail goes out over SMTP, the follower's
 * reply comes back to the replies mailbox, the poller reads it over IMAP and it becomes a post —
 * or a polite bounce.
 */
class RepliesByMailTest {

    private static final CaseNumber CASE = new CaseNumber(2001);
    private static final String REPLIES = "reply@caseportal.example";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final FakePeople people = new FakePeople();
    private final UserSummary patrick = people.user(101, "Patrick Stjerne", "patrick.stjerne@bpo.example",
            Locale.forLanguageTag("da"), Role.CUSTOMER);
    private final UserSummary mette = people.user(102, "Mette Jensen", "mette.jensen@bpo.example",
            Locale.forLanguageTag("da"), Role.CUSTOMER);
    private final UserSummary sofie = people.user(103, "Sofie Holm", "sofie.holm@nordicretail.example",
            Locale.ENGLISH, Role.CUSTOMER);
    private final UserSummary lars = people.user(201, "Lars Nielsen", "lars.nielsen@vendor.example",
            Locale.ENGLISH, Role.AGENT);
    private final UserSummary sara = people.user(202, "Sara Berg", "sara.berg@vendor.example",
            Locale.forLanguageTag("da"), Role.AGENT);
    private final List<String> posts = new ArrayList<>();
    private final List<String> files = new ArrayList<>();

    private EntityManager em;
    private GreenMail greenMail;
    private ServerSetup smtpSetup;
    private OutboxDispatch dispatch;
    private CaseActivityMails mails;
    private ReplyIntake intake;
    private ReplyPoller poller;

    @BeforeEach
    void setUp() throws IOException {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        smtpSetup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imapSetup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        greenMail = new GreenMail(new ServerSetup[] {smtpSetup, imapSetup});
        greenMail.start();
        greenMail.setUser(REPLIES, REPLIES, "secret");

        MailSettings settings = OutboxDispatchTest.settings(smtpSetup.getPort());
        ReplySettings replies = new ReplySettings(Optional.of("127.0.0.1"), imapSetup.getPort(), REPLIES, "secret",
                MailSettings.Tls.NONE, REPLIES, Duration.ofSeconds(30));
        MailPreferences preferences = new MailPreferences(em);
        CaseMailRecipients recipients = new CaseMailRecipients(people, people, preferences);
        UnsubscribeTokens tokens = new UnsubscribeTokens(em);
        PortalLinks links = new PortalLinks("https://portal.example/");
        Outbox outbox = new Outbox(em, clock);
        Digests digests = new Digests(em, people, recipients, outbox, links, tokens, "Europe/Copenhagen", clock);
        mails = new CaseActivityMails(people, people, recipients, preferences, outbox, digests, links, tokens, settings,
                replies);
        dispatch = new OutboxDispatch(outbox, new SmtpTransport(settings), settings, recipients, clock);
        ReplyActions actions = new ReplyActions(em, people, new RecordingFeed(), new RecordingAttachments(), outbox,
                clock);
        intake = new TransactionalIntake(actions, outbox, settings);
        poller = new ReplyPoller(replies, intake);
        people.follows(CASE, patrick, mette, lars);
        people.losesAccess(sofie, CASE); // Nordic Retail's user: never saw BPO Account's case
    }

    @AfterEach
    void tearDown() {
        greenMail.stop();
        em.close();
    }

    @Test
    void metteRepliesToTheMailAboutPatricksPostAndHerWordsBecomeHerPostOnce() throws Exception {
        MimeMessage toMette = mailAbout(CaseActivity.post(CASE, "Lønkørslen fejler", patrick.id(), patrick.name(), false,
                clock.instant(), false, "<p>Se loggen</p>", "Se loggen"), mette);
        assertThat(toMette.getHeader("Reply-To", null)).isEqualTo(REPLIES);
        assertThat(text(toMette)).contains("Svar på denne mail for at skrive på sagen.");

        reply(mette, "SV: " + toMette.getSubject(), toMette.getMessageID(), """
                Tak, nu kører den igen.

                Den fre. 27. nov. 2026 kl. 11.00 skrev Case Portal <noreply@caseportal.example>:
                > Patrick Stjerne (Kunde) skrev på sagen:
                > Se loggen
                """);
        assertThat(poller.poll()).isEqualTo(1);

        assertThat(posts).containsExactly("Mette Jensen on 00002001: <p>Tak, nu kører den igen.</p>");
        assertThat(greenMail.getReceivedMessagesForDomain("caseportal.example")).as("deleted from the mailbox")
                .isEmpty();
        assertThat(poller.poll()).isZero();
        assertThat(posts).hasSize(1);
    }

    @Test
    void aReplyTakenInButNotDeletedBeforeAStopIsNotPostedAgain() throws Exception {
        MimeMessage toMette = mailAbout(CaseActivity.post(CASE, "Lønkørslen fejler", patrick.id(), patrick.name(), false,
                clock.instant(), false, "<p>Se loggen</p>", "Se loggen"), mette);
        MimeMessage reply = reply(mette, "SV: " + toMette.getSubject(), toMette.getMessageID(), "Modtaget.");
        IncomingReply incoming = ReplyMessages.read(reply);

        assertThat(intake.take(incoming)).isEqualTo(ReplyIntake.Outcome.POSTED);
        // The portal stopped before it deleted the mail; after the restart the poller meets it again.
        assertThat(intake.take(incoming)).isEqualTo(ReplyIntake.Outcome.ALREADY_TAKEN);
        assertThat(poller.poll()).isEqualTo(1);
        assertThat(posts).containsExactly("Mette Jensen on 00002001: <p>Modtaget.</p>");
    }

    @Test
    void aReplyFromAnUnknownAddressIsBouncedPolitelyAndNotPosted() throws Exception {
        send(message("ukendt@example.com", "SV: [Sag 00002001] Lønkørslen fejler", null, "Hvad er status?"));
        poller.poll();
        sendAll();

        assertThat(posts).isEmpty();
        MimeMessage bounce = receivedBy("ukendt@example.com");
        assertThat(bounce.getSubject()).isEqualTo("Dit svar blev ikke tilføjet: SV: [Sag 00002001] Lønkørslen fejler"
                + " / Your reply was not added: SV: [Sag 00002001] Lønkørslen fejler");
        assertThat(text(bounce)).contains("den adresse hører ikke til en bruger i Case Portal",
                "that address does not belong to a user of Case Portal");
        assertThat(bounce.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
    }

    @Test
    void withoutItsHeadersTheCaseIsFoundByTheNumberInTheSubjectWhateverThePrefixes() throws Exception {
        send(message(mette.email(), "VS: SV: Re: [Sag 00002001] Lønkørslen fejler", null, "Se nedenfor.\n\n-- \nMette"));
        poller.poll();

        assertThat(posts).containsExactly("Mette Jensen on 00002001: <p>Se nedenfor.</p>");
    }

    @Test
    void repliesThatCannotBePlacedOrComeFromSomeoneWithoutAccessAreExplained() throws Exception {
        send(message(mette.email(), "Et spørgsmål", null, "Hvilken sag?"));
        send(message(sofie.email(), "Re: [Case 00002001] Lønkørslen fejler", null, "Me too"));
        send(message(mette.email(), "SV: [Sag 00002001] Lønkørslen fejler", null, "> kun citat"));
        poller.poll();
        sendAll();

        assertThat(posts).isEmpty();
        assertThat(text(receivedBy(sofie.email()))).contains("You do not have access to case 00002001");
        assertThat(Arrays.stream(greenMail.getReceivedMessagesForDomain("bpo.example")).map(RepliesByMailTest::text))
                .anySatisfy(text -> assertThat(text).contains("Vi kunne ikke se, hvilken sag din mail hører til."))
                .anySatisfy(text -> assertThat(text).contains("Vi fandt ingen tekst over den citerede mail."));
    }

    @Test
    void automaticMailIsNeitherPostedNorAnswered() throws Exception {
        MimeMessage outOfOffice = message(mette.email(), "Automatisk svar: [Sag 00002001] Lønkørslen fejler", null,
                "Jeg er på ferie.");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        send(outOfOffice);
        assertThat(poller.poll()).isEqualTo(1);
        sendAll();

        assertThat(posts).isEmpty();
        assertThat(greenMail.getReceivedMessagesForDomain("bpo.example")).isEmpty();
    }

    @Test
    void attachmentsBecomeCaseFilesAndARefusedOneIsExplainedWhileThePostStays() throws Exception {
        MimeMessage reply = message(mette.email(), "SV: [Sag 00002001] Lønkørslen fejler", null, "Logfilerne er vedhæftet.");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Logfilerne er vedhæftet.", "UTF-8");
        parts.addBodyPart(body);
        parts.addBodyPart(attachment("lønkørsel.log", "linje 1\nlinje 2\n"));
        parts.addBodyPart(attachment("setup.exe", "MZ"));
        reply.setContent(parts);
        send(reply);
        poller.poll();
        sendAll();

        assertThat(files).containsExactly("Mette Jensen on 00002001: lønkørsel.log (16 bytes)");
        assertThat(posts).containsExactly("Mette Jensen on 00002001: <p>Logfilerne er vedhæftet.</p>");
        MimeMessage note = receivedBy(mette.email());
        assertThat(note.getSubject()).isEqualTo("Nogle filer blev ikke tilføjet: SV: [Sag 00002001] Lønkørslen fejler");
        assertThat(text(note)).contains("Dit svar er tilføjet sag 00002001, men disse filer blev ikke tilføjet:",
                "setup.exe: den filtype er ikke tilladt");
    }

    @Test
    void anAgentsReplyToTheMailAboutAnInternalNoteIsAnInternalNote() throws Exception {
        people.follows(CASE, sara);
        MimeMessage toSara = mailAbout(CaseActivity.post(CASE, "Lønkørslen fejler", lars.id(), lars.name(), true,
                clock.instant(), true, "<p>Kunden skal opdatere.</p>", "Kunden skal opdatere."), sara);
        reply(sara, "SV: " + toSara.getSubject(), toSara.getMessageID(), "Enig, jeg skriver til dem.");
        poller.poll();

        assertThat(posts).containsExactly("Sara Berg on 00002001 (internal): <p>Enig, jeg skriver til dem.</p>");
    }

    /** The mail the portal sends the user about the activity, as it arrived. */
    private MimeMessage mailAbout(CaseActivity activity, UserSummary user) throws MessagingException {
        new Transactions(em).run(() -> mails.on(activity));
        sendAll();
        return receivedBy(user.email());
    }

    private MimeMessage reply(UserSummary from, String subject, String inReplyTo, String text) throws Exception {
        MimeMessage reply = message(from.email(), subject, inReplyTo, text);
        send(reply);
        return reply;
    }

    private MimeMessage message(String from, String subject, String inReplyTo, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(GreenMailUtil.getSession(smtpSetup));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(REPLIES));
        message.setSubject(subject, "UTF-8");
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", "<case-00002001@caseportal.example> " + inReplyTo);
        }
        message.setText(text, "UTF-8");
        return message;
    }

    private static MimeBodyPart attachment(String name, String content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(content.getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        Transport.send(message);
    }

    private void sendAll() {
        while (new Transactions(em).inTransaction(dispatch::sendNextDue)) {
            // one due mail per transaction
        }
    }

    private MimeMessage receivedBy(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        assertThat(found).as("mails to " + address).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private static String text(MimeMessage message) {
        try {
            return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The intake in a transaction of the test's entity manager, as the container gives it one. */
    private final class TransactionalIntake extends ReplyIntake {

        TransactionalIntake(ReplyActions actions, Outbox outbox, MailSettings settings) {
            super(actions, people, people, outbox, settings);
        }

        @Override
        public Outcome take(IncomingReply reply) {
            return new Transactions(em).inTransaction(() -> super.take(reply));
        }
    }

    /** The case module's feed: who posted what, as whom. */
    private final class RecordingFeed implements CaseFeed {

        @Override
        public void share(CaseNumber number, String html, boolean internal) {
            posts.add(people.actor().orElseThrow().name() + " on " + number + (internal ? " (internal)" : "") + ": "
                    + html);
        }

        @Override
        public Optional<FeedPage> feed(CaseNumber number, FeedQuery query) {
            throw new UnsupportedOperationException();
        }
    }

    /** The case module's files: refuses programs, as the attachments module does. */
    private final class RecordingAttachments implements CaseAttachments {

        @Override
        public void attach(CaseNumber number, String fileName, InputStream content) {
            if (fileName.endsWith(".exe")) {
                throw new CaseFileRefusedException(fileName, "TYPE_NOT_ALLOWED", null);
            }
            try {
                files.add(people.actor().orElseThrow().name() + " on " + number + ": " + fileName + " ("
                        + content.readAllBytes().length + " bytes)");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
