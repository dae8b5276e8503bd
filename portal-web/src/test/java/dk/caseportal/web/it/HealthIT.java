package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile Health, as a load balancer or the run command sees it. */
@ExtendWith(PortalServer.class)
class HealthIT {

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
