package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the portal answers over plain HTTP: health for load balancers, protective headers, the language switch. */
@ExtendWith(PortalServer.class)
class HttpAnswersIT {

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

    @Test
    void pagesCarryProtectiveHeadersAndAreNotCached() throws Exception {
        HttpResponse<String> signIn = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(PortalServer.baseUri().resolve("signin")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(signIn.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(signIn.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndOneFromThePortalIsNot() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI signIn = PortalServer.baseUri().resolve("signin");
        HttpRequest.BodyPublisher form = HttpRequest.BodyPublishers.ofString("signInForm=signInForm");

        HttpResponse<String> foreign = client.send(HttpRequest.newBuilder(signIn).POST(form)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> own = client.send(HttpRequest.newBuilder(signIn).POST(form)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", PortalServer.baseUri().toString().replaceAll("/$", "")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).isNotEqualTo(403);
    }

    @Test
    void theLanguageSwitchReturnsToThePortalsOwnPageOnly() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI language = PortalServer.baseUri().resolve("language");

        HttpResponse<String> switched = client.send(HttpRequest.newBuilder(language)
                .POST(HttpRequest.BodyPublishers.ofString("language=en&back=" + URLEncoder.encode(
                        "/signin?signedOut=true", StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> foreign = client.send(HttpRequest.newBuilder(language)
                .POST(HttpRequest.BodyPublishers.ofString("language=da&back=https%3A%2F%2Fattacker.example%2F"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/signin?signedOut=true"));
        assertThat(switched.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("portal-language=en"));
        assertThat(foreign.statusCode()).isEqualTo(303);
        assertThat(foreign.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("attacker").endsWith("/"));

        // Only a post switches: the address alone just goes back.
        HttpResponse<String> typed = client.send(HttpRequest.newBuilder(URI.create(language + "?language=en&back=%2Fsignin"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(typed.statusCode()).isEqualTo(303);
        assertThat(typed.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/signin"));
        assertThat(typed.headers().allValues("Set-Cookie")).noneSatisfy(
                cookie -> assertThat(cookie).startsWith("portal-language"));
    }
}
