package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** What users see when something goes wrong: friendly pages, never a stack trace. */
class ErrorPagesIT extends BrowserTest {

    @BeforeAll
    static void signIn() {
        browser.open("/signin");
        browser.signIn("mette.jensen@bpo.example", PASSWORD);
        browser.find(By.id("greeting"));
    }

    @Test
    void anUnknownPageGetsAFriendlyNotFoundPage() {
        browser.open("/no-such-page");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Siden findes ikke");
        assertThat(browser.text(By.tagName("body"))).doesNotContain("Exception", "at org.", "at java.", "Payara");
    }

    @Test
    void anExpiredPageExplainsItselfAndOffersAReload() {
        // The profile keeps its state on the server (the home page is stateless and never expires).
        browser.open("/profile");
        browser.find(By.id("profileName"));
        // Open many other views in the same session so the server forgets this page's state.
        forgetThisPagesState();

        // An ajax postback of the page: the answer replaces the whole page with the explanation.
        browser.find(By.id("mailForm:saveMail")).click();

        browser.awaitText(By.tagName("h1"), "Siden er udløbet");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Siden er udløbet");
        browser.find(By.id("reloadLink")).click();
        assertThat(browser.text(By.id("profileName"))).isEqualTo("Mette Jensen");

        // The language switch is a plain form, not the view's: it works from a page whose view expired.
        forgetThisPagesState();
        browser.find(By.id("languageForm:en")).click();
        browser.awaitText(By.tagName("h1"), "My profile");
        assertThat(browser.text(By.id("profileLanguage"))).startsWith("English");
        assertThat(browser.path()).isEqualTo("/profile");
        browser.find(By.id("languageForm:da")).click();
        browser.awaitText(By.tagName("h1"), "Min profil");
        assertThat(browser.text(By.id("profileLanguage"))).startsWith("Dansk");

        // "Log ud" is a plain form, not the view's: it signs out even from a page whose view expired.
        forgetThisPagesState();
        browser.find(By.id("signOutForm:signOut")).click();
        assertThat(browser.text(By.id("signedOutMessage"))).isNotBlank();
        browser.open("/profile");
        assertThat(browser.path()).isEqualTo("/signin");
        // Signed in again for the other tests; sign-in continues to the page asked for.
        browser.signIn("mette.jensen@bpo.example", PASSWORD);
        browser.find(By.id("profileName"));
    }

    private static void forgetThisPagesState() {
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => { for (let i = 0; i < 40; i++) { await fetch('/profile'); } })().then(done);""");
    }
}
