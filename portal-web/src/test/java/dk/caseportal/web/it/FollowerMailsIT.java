package dk.caseportal.web.it;

import static dk.caseportal.web.it.CustomerAccessIT.fill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Followers are told by mail: Patrick's post reaches Mette (a follower he added) and the case's
 * owner, not Patrick; Mette stops the mails with the link in one, without signing in, and turns
 * them on again on the case; she chooses a daily digest on her profile.
 */
class FollowerMailsIT extends BrowserTest {

    private static final String PATRICK = "patrick.stjerne@bpo.example";
    private static final String METTE = "mette.jensen@bpo.example";
    private static final String LARS = "lars.nielsen@vendor.example";

    private static void signIn(String email) {
        startAsNewVisitor();
        browser.signIn(email, PASSWORD);
    }

    private static void share(String html) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PF('widget_feedForm_post').editor.clipboard.dangerouslyPasteHTML(arguments[0]);", html);
        browser.find(By.id("feedForm:share")).click();
        browser.awaitText(By.id("messages"), "Dit indlæg er delt.");
    }

    /** The mails to the address that contain the text, once they have come (30 s at most). */
    private static String awaitMailWith(String address, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String mails = "";
        while (Instant.now().isBefore(deadline)) {
            mails = Mailbox.readable(Mailbox.messagesFor(address));
            if (mails.contains(text)) {
                return mails;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("No mail to " + address + " with \"" + text + "\" within 30 s: " + mails);
    }

    @Test
    void patricksPostReachesMetteAndTheOwnerWhoStopAndRestartTheMails() throws Exception {
        signIn(PATRICK);
        browser.open("/cases/new");
        browser.choose("caseForm:product", "Løn ABC");
        browser.choose("caseForm:type", "Fejl");
        browser.choose("caseForm:urgency", "Mindre fejl");
        browser.choose("caseForm:impact", "10-0% af brugerne påvirket");
        browser.choose("caseForm:subject", "Konsulentbistand");
        fill(browser, "caseForm:title", "Skattekort mangler for januar");
        browser.find(By.id("caseForm:save")).click();
        String number = browser.awaitText(By.id("caseNumber"), "0000");
        browser.find(By.linkText("Relaterede")).click();
        browser.select("caseTabs:followersForm:candidate", "Mette Jensen");
        browser.find(By.id("caseTabs:followersForm:addFollower")).click();
        browser.awaitText(By.id("messages"), "Mette Jensen følger nu sagen.");
        share("<p>Vi mangler skattekort for 3 medarbejdere, se <a href=\"https://skat.example.com\">SKAT</a>.</p>");

        String subject = "[Sag " + number + "] Skattekort mangler for januar";
        String toMette = awaitMailWith(METTE, "Vi mangler skattekort for 3 medarbejdere");
        assertThat(toMette).contains(subject, "/cases/" + number, "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                "References: <case-" + number + "@caseportal.example>");
        // BPO Account's cases go to Lars (the assignment rule): the owner hears of it too.
        assertThat(awaitMailWith(LARS, "Vi mangler skattekort for 3 medarbejdere")).contains(subject);
        assertThat(Mailbox.readable(Mailbox.messagesFor(PATRICK))).as("not the author")
                .doesNotContain("Vi mangler skattekort for 3 medarbejdere");

        // The link in Mette's mail, opened without signing in: it asks first, then stops the mails.
        Matcher link = Pattern.compile("https?://[^\\s\"<>]*/unsubscribe\\?token=[0-9A-Za-z._-]+").matcher(toMette);
        assertThat(link.find()).as("an unsubscribe link").isTrue();
        startAsNewVisitor();
        browser.driver().get(link.group());
        assertThat(browser.text(By.id("question"))).isEqualTo("Vil du stoppe mails om sag " + number + "?");
        browser.find(By.id("unsubscribeForm:confirm")).click();
        assertThat(browser.text(By.id("unsubscribed"))).isEqualTo("Du får ikke flere mails om sag " + number + ".");
        browser.driver().get(tampered(link.group()));
        assertThat(browser.text(By.id("invalidLink"))).startsWith("Linket er ikke gyldigt.");

        signIn(PATRICK);
        browser.open("/cases/" + number);
        share("<p>Nu mangler kun 1 skattekort.</p>");
        awaitMailWith(LARS, "Nu mangler kun 1 skattekort.");
        Thread.sleep(2000); // the dispatcher sends every second: Mette's mail would have come with Lars's
        assertThat(Mailbox.readable(Mailbox.messagesFor(METTE))).as("Mette unsubscribed")
                .doesNotContain("Nu mangler kun 1 skattekort.");

        // On the case, Mette turns the mails on again.
        signIn(METTE);
        browser.open("/cases/" + number + "?tab=related");
        assertThat(browser.text(By.id("mutedNote"))).isEqualTo("Du får ikke mails om denne sag.");
        browser.find(By.id("caseTabs:followersForm:mute")).click();
        browser.awaitText(By.id("messages"), "Du får igen mails om denne sag.");
        assertThat(browser.text(By.id("caseTabs:followersForm:mute"))).isEqualTo("Slå mails fra for denne sag");

        signIn(PATRICK);
        browser.open("/cases/" + number);
        share("<p>Alle skattekort er modtaget.</p>");
        assertThat(awaitMailWith(METTE, "Alle skattekort er modtaget.")).contains("Reply-To: reply@caseportal.example",
                "Svar p=C3=A5 denne mail for at skrive p=C3=A5 sagen.");

        // Mette answers from her mailbox; the reply becomes her post, without the quoted mail.
        com.icegreen.greenmail.util.GreenMailUtil.sendTextEmail(dk.caseportal.launcher.MailSink.REPLIES, METTE,
                "SV: " + subject, "Tak, så kører vi lønnen i aften.\n\nDen fre. 27. nov. 2026 kl. 11.00 skrev "
                        + "Case Portal <noreply@caseportal.example>:\n> Alle skattekort er modtaget.\n",
                new com.icegreen.greenmail.util.ServerSetup(PortalServer.mailSink().smtpPort(), "127.0.0.1", "smtp"));
        String mettesPost = "Mette Jensen (Kunde)";
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return browser.text(By.id("caseFeed")).contains("Tak, så kører vi lønnen i aften.");
        });
        String feed = browser.text(By.id("caseFeed"));
        assertThat(feed).contains(mettesPost).doesNotContain("> Alle skattekort er modtaget.");
        assertThat(awaitMailWith(LARS, "Tak, s=C3=A5 k=C3=B8rer vi l=C3=B8nnen i aften.")).as("the others hear of it")
                .contains(subject);

        // A mail program's one-click unsubscribe (RFC 8058): a post to the link, no page, no sign-in.
        Matcher larsLink = Pattern.compile("https?://[^\\s\"<>]*/unsubscribe\\?token=[0-9A-Za-z._-]+")
                .matcher(awaitMailWith(LARS, "Alle skattekort er modtaget."));
        assertThat(larsLink.find()).isTrue();
        assertThat(oneClick(tampered(larsLink.group()))).isEqualTo(400);
        assertThat(oneClick(larsLink.group())).isEqualTo(200);
    }

    /** PrimeFaces keeps the radio inputs themselves hidden behind its own boxes. */
    private static org.openqa.selenium.WebElement radio(String value) {
        browser.find(By.id("mailForm:frequency"));
        return browser.driver().findElement(By.cssSelector("[id='mailForm:frequency'] input[value='" + value + "']"));
    }

    private static int oneClick(String link) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The link with the last character of its signature changed. */
    private static String tampered(String link) {
        return link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
    }

    @Test
    void aUserChoosesADailyDigestOnTheProfile() {
        signIn("sofie.holm@nordicretail.example");
        browser.open("/profile");
        assertThat(browser.text(By.id("mailHeading"))).isEqualTo("Mails about cases");
        assertThat(radio("EVERY_UPDATE").isSelected()).as("every update, until chosen otherwise").isTrue();
        browser.find(By.cssSelector("[id='mailForm:frequency'] label[for='mailForm:frequency:1']")).click();
        browser.select("mailForm:hour", "16:00");
        browser.find(By.id("mailForm:saveMail")).click();
        browser.awaitText(By.id("mailForm:mailMessages"), "Your choice is saved.");

        browser.open("/profile");
        assertThat(radio("DAILY_DIGEST").isSelected()).isTrue();
        assertThat(new org.openqa.selenium.support.ui.Select(browser.find(By.id("mailForm:hour"))).getFirstSelectedOption().getText())
                .isEqualTo("16:00");
    }
}
