package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Administrators see the outgoing mail and can send a failed mail again; others cannot look. */
class AdminOutboxIT extends BrowserTest {

    private static final String FAILED_TO = "failed.recipient@nordicretail.example";
    private static final String SENT_TO = "sent.recipient@bpo.example";

    @BeforeAll
    static void mailsInTheOutbox() throws Exception {
        try (Connection db = PortalServer.database();
             PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO notifications.outbox_message
                       (id, recipient, subject, text_body, status, attempts, next_attempt_at, last_error, created_at, sent_at)
                     VALUES (nextval('notifications.outbox_message_seq'), ?, ?, 'Hej', ?, ?, now(), ?, now(), ?)""")) {
            insert.setString(1, FAILED_TO);
            insert.setString(2, "Invitation til Case Portal");
            insert.setString(3, "FAILED");
            insert.setInt(4, 8);
            insert.setString(5, "MailConnectException: Couldn't connect to host");
            insert.setObject(6, null);
            insert.executeUpdate();
            insert.setString(1, SENT_TO);
            insert.setString(2, "Nulstil din adgangskode");
            insert.setString(3, "SENT");
            insert.setInt(4, 1);
            insert.setString(5, null);
            insert.setObject(6, java.time.OffsetDateTime.now());
            insert.executeUpdate();
        }
    }

    @BeforeEach
    void freshVisitor() {
        startAsNewVisitor();
    }

    @Test
    void anAdministratorFiltersTheOutboxAndSendsAFailedMailAgain() throws Exception {
        browser.signIn("admin@vendor.example", PASSWORD);
        browser.find(By.id("adminOutboxLink")).click();

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Udgående post");
        assertThat(browser.text(By.id("outboxForm:mails"))).contains(FAILED_TO, SENT_TO, "Fejlet", "Sendt");

        new Select(browser.find(By.id("outboxForm:mails:statusFilter_input"))).selectByVisibleText("Fejlet");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                !browser.text(By.id("outboxForm:mails")).contains(SENT_TO));
        assertThat(browser.text(By.id("outboxForm:mails"))).contains(FAILED_TO);

        browser.find(By.cssSelector(".outbox-retry")).click();

        assertThat(browser.text(By.id("outboxForm:messages")))
                .isEqualTo("Mailen til " + FAILED_TO + " sendes igen om et øjeblik.");
        assertThat(Mailbox.awaitMails(FAILED_TO, 1)).contains("Invitation til Case Portal");
    }

    @Test
    void customersAndAgentsAreRefused() throws Exception {
        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
        browser.find(By.id("greeting"));
        assertThat(browser.driver().findElements(By.id("adminOutboxLink"))).isEmpty();

        browser.open("/admin/outbox");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ingen adgang");
        assertThat(browser.text(By.tagName("body"))).doesNotContain(FAILED_TO);
        try (Connection db = PortalServer.database();
             PreparedStatement refused = db.prepareStatement(
                     "SELECT COUNT(*) FROM identity.audit_event WHERE action = 'ACCESS_REFUSED'"
                             + " AND target = '/admin/outbox' AND actor LIKE 'Patrick Stjerne%'");
             ResultSet count = refused.executeQuery()) {
            count.next();
            assertThat(count.getInt(1)).as("the refusal is in the audit trail").isGreaterThanOrEqualTo(1);
        }
    }
}
