package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Glemt adgangskode?" end to end: the mail, the link, the new password, the other sessions. */
class PasswordResetIT extends BrowserTest {

    /** A user of its own, so changing the password disturbs no other test. */
    private static final String EMAIL = "reset.tester@bpo.example";
    private static Browser otherDevice;

    @BeforeAll
    static void aUserWithoutPassword() throws Exception {
        try (Connection db = PortalServer.database(); Statement statement = db.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO identity.app_user (id, name, email, locale, role, active, created_at)
                    VALUES (nextval('identity.user_seq'), 'Rikke Reset', 'reset.tester@bpo.example', 'da',
                            'CUSTOMER', TRUE, now())""");
        }
        otherDevice = new Browser();
    }

    @AfterAll
    static void closeOtherDevice() {
        otherDevice.close();
    }

    private static String requestLink(Browser on, String email, int mailsExpected) throws Exception {
        on.open("/signin");
        on.find(By.id("forgotPasswordLink")).click();
        on.find(By.id("forgotForm:email")).sendKeys(email);
        on.find(By.id("forgotForm:submit")).click();
        assertThat(on.text(By.id("sentMessage"))).startsWith("Hvis " + email + " hører til en bruger i Case Portal");
        return Mailbox.lastResetLink(Mailbox.awaitMails(email, mailsExpected));
    }

    private static void choose(Browser on, String password, String repeat) {
        WebElement field = on.find(By.id("resetForm:password"));
        field.clear();
        field.sendKeys(password);
        WebElement again = on.find(By.id("resetForm:repeat"));
        again.clear();
        again.sendKeys(repeat);
        on.find(By.id("resetForm:submit")).click();
    }

    @Test
    void aUserSetsANewPasswordThroughTheMailedLinkAndOtherSessionsEnd() throws Exception {
        startAsNewVisitor();
        String link = requestLink(browser, EMAIL, 1);
        browser.driver().get(link);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Vælg en ny adgangskode");

        choose(browser, "en lang sætning jeg husker", "en anden sætning jeg husker");
        assertThat(browser.text(By.id("resetForm"))).contains("De to adgangskoder er ikke ens.");
        choose(browser, "password1234", "password1234");
        assertThat(browser.text(By.id("resetForm"))).contains("Adgangskoden er blandt de mest brugte");
        choose(browser, "kort", "kort");
        assertThat(browser.text(By.id("resetForm"))).contains("den skal have mindst 12 tegn");
        choose(browser, "en lang sætning jeg husker", "en lang sætning jeg husker");

        assertThat(browser.text(By.id("passwordChangedMessage")))
                .isEqualTo("Din adgangskode er ændret. Log ind med den nye adgangskode.");
        browser.signIn(EMAIL, "en lang sætning jeg husker");
        assertThat(browser.text(By.id("greeting"))).isEqualTo("Velkommen, Rikke Reset");

        // The same link cannot be used twice.
        otherDevice.driver().get(link);
        assertThat(otherDevice.text(By.id("invalidLink"))).startsWith("Linket er ugyldigt, allerede brugt eller udløbet.");

        // A second reset, from another device, signs the first one out.
        String second = requestLink(otherDevice, EMAIL, 2);
        otherDevice.driver().get(second);
        choose(otherDevice, "endnu en lang sætning", "endnu en lang sætning");
        otherDevice.find(By.id("passwordChangedMessage"));

        browser.open("/");
        assertThat(browser.path()).isEqualTo("/signin");
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        startAsNewVisitor();
        browser.find(By.id("forgotPasswordLink")).click();
        browser.find(By.id("forgotForm:email")).sendKeys("nobody.here@bpo.example");
        browser.find(By.id("forgotForm:submit")).click();

        assertThat(browser.text(By.id("sentMessage")))
                .startsWith("Hvis nobody.here@bpo.example hører til en bruger i Case Portal");
        Thread.sleep(3000); // three dispatcher rounds
        assertThat(Mailbox.messagesFor("nobody.here@bpo.example")).doesNotContain("subject");
    }

    @Test
    void aMadeUpLinkIsRefusedPolitely() {
        startAsNewVisitor();
        browser.open("/reset-password?token=made-up-token");

        assertThat(browser.text(By.id("invalidLink"))).startsWith("Linket er ugyldigt");
        assertThat(browser.driver().findElements(By.id("resetForm"))).isEmpty();
    }
}
