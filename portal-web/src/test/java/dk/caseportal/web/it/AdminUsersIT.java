package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator invites a user, who chooses a password from the mail; deactivation locks them out. */
class AdminUsersIT extends BrowserTest {

    private static final String NINA = "nina.ny@nordicretail.example";
    private static final String NINA_PASSWORD = "nordlys over fjorden";
    private static Browser ninasBrowser;

    @BeforeAll
    static void signInAsAdministrator() {
        startAsNewVisitor();
        browser.signIn("admin@vendor.example", PASSWORD);
        browser.find(By.id("adminUsersLink")).click();
        ninasBrowser = new Browser();
    }

    @AfterAll
    static void closeNinasBrowser() {
        ninasBrowser.close();
    }

    private static void search(String text) {
        WebElement filter = browser.find(By.cssSelector("th input.ui-column-filter"));
        filter.clear();
        filter.sendKeys(text);
        String lower = text.toLowerCase();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class) // the table is replaced while we read it
                .until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("[id='usersForm:users_data'] > tr"));
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().toLowerCase().contains(lower));
        });
    }

    private static void fill(String id, String value) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    @Test
    void anInvitedUserChoosesAPasswordAndIsLockedOutWhenDeactivated() throws Exception {
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Brugere");
        search("Patrick");
        assertThat(browser.text(By.id("usersForm:users"))).contains("patrick.stjerne@bpo.example")
                .doesNotContain("mette.jensen@bpo.example");

        // An email in use keeps the dialog open with what was typed.
        browser.find(By.id("toolbar:invite")).click();
        fill("inviteForm:name", "Nina Ny");
        fill("inviteForm:email", "not-an-email");
        browser.find(By.id("inviteForm:send")).click();
        browser.awaitText(By.id("inviteForm"), "Skriv en gyldig e-mailadresse");
        fill("inviteForm:email", "PATRICK.stjerne@bpo.example");
        browser.find(By.id("inviteForm:send")).click();
        browser.awaitText(By.id("inviteForm"), "Der findes allerede en bruger med denne e-mailadresse.");
        assertThat(browser.find(By.id("inviteForm:name")).getAttribute("value")).isEqualTo("Nina Ny");

        fill("inviteForm:email", NINA);
        browser.find(By.id("inviteForm:send")).click();
        browser.awaitText(By.id("usersForm:messages"), "Invitationen er sendt til " + NINA + ".");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("inviteForm:name")));

        // Nina follows the link in her mail.
        String link = Mailbox.lastResetLink(Mailbox.awaitMails(NINA, 1));
        ninasBrowser.driver().get(link);
        assertThat(ninasBrowser.text(By.tagName("h1"))).isEqualTo("Velkommen til Case Portal");
        ninasBrowser.find(By.id("resetForm:password")).sendKeys(NINA_PASSWORD);
        ninasBrowser.find(By.id("resetForm:repeat")).sendKeys(NINA_PASSWORD);
        ninasBrowser.find(By.id("resetForm:submit")).click();
        assertThat(ninasBrowser.text(By.id("welcomeMessage"))).isEqualTo("Din adgangskode er gemt. Log ind for at komme i gang.");
        ninasBrowser.signIn(NINA, NINA_PASSWORD);
        assertThat(ninasBrowser.text(By.id("greeting"))).isEqualTo("Velkommen, Nina Ny");

        // Deactivated, she is signed out at once and cannot sign in any more.
        search("nina");
        browser.find(By.cssSelector(".user-deactivate")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitText(By.id("usersForm:messages"), "Nina Ny er deaktiveret og kan ikke længere logge ind.");
        browser.awaitText(By.id("usersForm:users"), "Deaktiveret");
        ninasBrowser.open("/");
        assertThat(ninasBrowser.path()).isEqualTo("/signin");

        ninasBrowser.signIn(NINA, NINA_PASSWORD);
        assertThat(ninasBrowser.text(By.id("signInForm:messages"))).isEqualTo("E-mail eller adgangskode er forkert.");

        browser.find(By.cssSelector(".user-reactivate")).click();
        browser.awaitText(By.id("usersForm:messages"), "Nina Ny er aktiv igen.");

        // Every step is in the audit trail, newest first.
        browser.find(By.id("adminAuditLink")).click();
        WebElement filter = browser.find(By.cssSelector("th input.ui-column-filter"));
        filter.sendKeys("nina.ny");
        String trail = browser.awaitText(By.id("auditForm:entries_data"), "Bruger aktiveret igen");
        assertThat(trail).contains("Bruger inviteret", "Adgangskode valgt", "Logget ind", "Bruger deaktiveret",
                "Mislykket log ind", "Anne Admin <admin@vendor.example>", "active → deactivated");
        assertThat(trail.indexOf("Bruger aktiveret igen")).isLessThan(trail.indexOf("Bruger inviteret"));
    }
}
