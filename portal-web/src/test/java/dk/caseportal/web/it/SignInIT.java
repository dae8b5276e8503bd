package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Signing in and out as the demo users do it, in a real browser against the real portal. */
class SignInIT extends BrowserTest {

    @BeforeEach
    void freshVisitor() {
        startAsNewVisitor();
    }

    @Test
    void patrickSignsInAndSeesBothOfHisCustomers() {
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/signin");

        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);

        // The greeting first: it waits for the page after sign-in, which the path alone does not.
        assertThat(browser.text(By.id("greeting"))).isEqualTo("Velkommen, Patrick Stjerne");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text(By.id("signedInUser"))).contains("Patrick Stjerne");
        browser.open("/profile");
        assertThat(browser.text(By.id("access"))).contains("BPO Account", "Nordic Retail A/S");

        browser.open("/signin");
        assertThat(browser.path()).as("signed-in users skip the sign-in page").isEqualTo("/");
    }

    @Test
    void signingInGivesANewSessionId() {
        browser.open("/signin");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");

        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
        browser.find(By.id("greeting"));

        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(after).isNotNull();
        if (before != null) {
            assertThat(after.getValue()).isNotEqualTo(before.getValue());
        }
    }

    @Test
    void aDeepLinkComesBackAfterSignIn() {
        browser.open("/profile");
        assertThat(browser.path()).isEqualTo("/signin");

        browser.signIn("mette.jensen@bpo.example", PASSWORD);

        assertThat(browser.text(By.id("profileEmail"))).isEqualTo("mette.jensen@bpo.example");
        assertThat(browser.path()).isEqualTo("/profile");
        assertThat(browser.text(By.id("access"))).contains("BPO Account", "Løn ABC").doesNotContain("HR Core");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
        browser.find(By.id("greeting"));

        browser.signOut();

        assertThat(browser.text(By.id("signedOutMessage"))).isEqualTo("Du er nu logget ud.");
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/signin");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameMessageAndKeepTheEmail() {
        browser.signIn("patrick.stjerne@bpo.example", "not-the-password");

        assertThat(browser.text(By.id("signInForm:messages"))).isEqualTo("E-mail eller adgangskode er forkert.");
        assertThat(browser.find(By.id("signInForm:email")).getAttribute("value"))
                .isEqualTo("patrick.stjerne@bpo.example");
        assertThat(browser.find(By.id("signInForm:password")).getAttribute("value")).isEmpty();

        browser.signIn("nobody@bpo.example", PASSWORD);

        assertThat(browser.text(By.id("signInForm:messages"))).isEqualTo("E-mail eller adgangskode er forkert.");
    }

    @Test
    void emptyFieldsAreExplainedAtTheFields() {
        browser.open("/signin");
        browser.find(By.id("signInForm:submit")).click();

        assertThat(browser.text(By.id("signInForm"))).contains("Angiv din e-mailadresse.", "Angiv din adgangskode.");
        assertThat(browser.path()).isEqualTo("/signin");
    }

    @Test
    void tenFailedAttemptsThrottleTheAccountWithAClearMessage() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            browser.signIn("sara.berg@vendor.example", "wrong password " + attempt);
            browser.find(By.id("signInForm:messages"));
        }

        browser.signIn("sara.berg@vendor.example", PASSWORD);

        assertThat(browser.text(By.id("signInForm:messages")))
                .startsWith("For mange mislykkede forsøg på at logge ind. Kontoen er spærret i 15 minutter.");
        assertThat(browser.path()).isEqualTo("/signin");
    }
}
