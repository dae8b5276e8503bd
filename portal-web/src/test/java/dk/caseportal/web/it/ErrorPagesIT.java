package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** What users see when something goes wrong: friendly pages, never a stack trace. */
@ExtendWith(PortalServer.class)
class ErrorPagesIT {

    private static Browser browser;

    @BeforeAll
    static void signIn() {
        browser = new Browser();
        browser.open("/signin");
        browser.signIn("mette.jensen@bpo.example", "Demo-Portal-1");
        browser.find(By.id("greeting"));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anUnknownPageGetsAFriendlyNotFoundPage() {
        browser.open("/no-such-page");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Siden findes ikke");
        assertThat(browser.text(By.tagName("body"))).doesNotContain("Exception", "at org.", "at java.", "Payara");
    }

    @Test
    void anExpiredPageExplainsItselfAndOffersAReload() {
        browser.open("/");
        browser.find(By.id("greeting"));
        // Open many other views in the same session so the server forgets this page's state.
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => { for (let i = 0; i < 40; i++) { await fetch('/'); } })().then(done);""");

        browser.find(By.id("signOutForm:signOut")).click();

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Siden er udløbet");
        browser.find(By.id("reloadLink")).click();
        assertThat(browser.text(By.id("greeting"))).isEqualTo("Velkommen, Mette Jensen");
    }

    @Test
    void healthAnswersWithoutSignInAndReportsTheDatabase() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI base = PortalServer.baseUri();

        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(base.resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> live = client.send(HttpRequest.newBuilder(base.resolve("health/live")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"portal-database\"", "\"UP\"");
        assertThat(live.statusCode()).isEqualTo(200);
    }
}
