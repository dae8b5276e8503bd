package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Dansk / English: the switch changes every text on the page and is remembered on the user. */
class LanguageIT extends BrowserTest {

    @BeforeEach
    void freshVisitor() {
        startAsNewVisitor();
    }

    private String htmlLang() {
        return browser.find(By.tagName("html")).getAttribute("lang");
    }

    @Test
    void theSignInPageIsDanishByDefaultAndSwitchesToEnglish() {
        assertThat(htmlLang()).isEqualTo("da");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Log ind på Case Portal");

        browser.find(By.id("languageForm:en")).click();

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in to Case Portal");
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(browser.text(By.cssSelector("label[for='signInForm:password']"))).startsWith("Password");
    }

    @Test
    void theChoiceIsRememberedOnTheUserAcrossSessions() {
        browser.signIn("lars.nielsen@vendor.example", PASSWORD);
        assertThat(browser.text(By.id("greeting"))).isEqualTo("Velkommen, Lars Nielsen");

        browser.find(By.id("languageForm:en")).click();
        assertThat(browser.text(By.id("greeting"))).isEqualTo("Welcome, Lars Nielsen");
        assertThat(browser.text(By.id("signOutForm:signOut"))).isEqualTo("Sign out");

        browser.signOut();
        assertThat(browser.text(By.id("signedOutMessage"))).isEqualTo("You are now signed out.");
        // A new browser knows nothing of the choice: it comes from the user.
        browser.driver().manage().deleteAllCookies();
        browser.open("/signin");
        assertThat(htmlLang()).isEqualTo("da");
        browser.signIn("lars.nielsen@vendor.example", PASSWORD);
        assertThat(browser.text(By.id("greeting"))).isEqualTo("Welcome, Lars Nielsen");

        browser.find(By.id("languageForm:da")).click();
        assertThat(browser.text(By.id("greeting"))).isEqualTo("Velkommen, Lars Nielsen");
    }

    @Test
    void anEnglishUserGetsEnglishAtSignIn() {
        browser.signIn("sofie.holm@nordicretail.example", PASSWORD);

        assertThat(browser.text(By.id("greeting"))).isEqualTo("Welcome, Sofie Holm");
        assertThat(browser.text(By.id("myCasesHeading"))).isEqualTo("My cases");
        assertThat(browser.selected("customer")).isEqualTo("Nordic Retail A/S");
        browser.open("/profile");
        assertThat(browser.text(By.id("access"))).contains("Nordic Retail A/S").doesNotContain("BPO Account");
    }
}
