package dk.caseportal.ear;

import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.identity.api.IdentityModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Proves that the EAR deploys to Payara Server 6 (full profile) and works there: a fresh domain
 * of its own on free ports, a throw-away embedded PostgreSQL with the database {@code portal},
 * the configuration as system properties of the server, {@code asadmin deploy}, then plain HTTP.
 *
 * <p>Payara reports a deployment as successful even when parts of it failed, so only the
 * application's answers count. Runs in Failsafe after Maven unpacked the Payara Server zip
 * (system properties {@code payara.home}, {@code portal.ear}, {@code portal.testDir}).
 */
class PortalEarIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final int LOG_TAIL_LINES = 300;
    /** From the user guide's demo data (portal-web's DemoData.PASSWORD), loaded with portal.demo-data=true. */
    private static final String DEMO_CUSTOMER = "patrick.stjerne@bpo.example";
    private static final String DEMO_PASSWORD = "Demo-Portal-1";

    private static EmbeddedPostgres postgres;
    private static PayaraServerDomain domain;
    private HttpClient http;

    /** Prints the tail of server.log when set-up or a test fails. */
    @RegisterExtension
    static final ServerLogOnFailure SERVER_LOG_ON_FAILURE = new ServerLogOnFailure();

    @BeforeAll
    static void deployTheEar() throws Exception {
        Path payaraHome = Path.of(requiredProperty("payara.home"));
        Path ear = Path.of(requiredProperty("portal.ear"));
        Path workDirectory = Path.of(requiredProperty("portal.testDir"));
        assertThat(ear).as("the EAR built by this module").isRegularFile();
        Files.createDirectories(workDirectory);

        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE portal");
        }

        domain = new PayaraServerDomain(payaraHome, workDirectory, "portal-it");
        domain.create();
        domain.bindToLoopback();
        domain.start();

        // The WAR's microprofile-config.properties has laptop defaults (port 5432); these win.
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("portal.db.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/portal");
        configuration.put("portal.db.user", "postgres");
        // zonky's PostgreSQL trusts local connections; the pool still wants a password.
        configuration.put("portal.db.password", "postgres");
        // The user guide's demo users (portal-web's DemoData), so that a real sign-in can be tried.
        configuration.put("portal.demo-data", "true");
        domain.createSystemProperties(configuration);

        PayaraServerDomain.AsadminResult deployment = domain.deploy(ear, "portal");
        assertThat(deployment.succeeded()).as("asadmin deploy: %s", deployment).isTrue();
    }

    /** A browser of its own for every test: its own cookies, so its own session. */
    @BeforeEach
    void newBrowser() {
        http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (domain != null) {
                domain.stop();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void theSignInPageIsServedAtTheRootContext() throws Exception {
        HttpResponse<String> response = get("/signin");

        assertThat(response.statusCode()).as("GET /signin: %s", response.body()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"signInForm:email\"");
    }

    @Test
    void theApplicationIsReadyWithItsDatabase() throws Exception {
        HttpResponse<String> response = awaitReadiness();

        assertThat(response.statusCode()).as("GET /health/ready: %s", response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"portal-database\"").contains("\"UP\"");
        // And it is this throw-away database the server's configuration pointed to: the
        // migrations ran here (the WAR's own defaults name localhost:5432).
        try (Connection connection = postgres.getDatabase("postgres", "portal").getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'flyway_schema_history'")) {
            query.setString(1, IdentityModule.SCHEMA);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).as("Flyway history of schema %s", IdentityModule.SCHEMA).isEqualTo(1);
            }
        }
    }

    /**
     * A refused sign-in goes through the Jakarta Security identity store and the {@code identity}
     * persistence unit (in the EAR's lib/) to the data source the WAR defines: an error there
     * would be a 500, not the form again with a message.
     */
    @Test
    void aWrongPasswordIsRefusedByTheIdentityStore() throws Exception {
        assertThat(awaitReadiness().statusCode()).isEqualTo(200);

        HttpResponse<String> response = signIn("nobody@example.com", "not-the-password");

        assertThat(response.statusCode()).as("POST /signin: %s", response.body()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"signInForm:email\"").contains("ui-messages-error");
    }

    /**
     * A demo customer signs in and sees the protected home page with their customers: the group
     * the identity store returns is mapped to a role by WEB-INF/payara-web.xml, and web.xml lets
     * only those roles in.
     */
    @Test
    void aDemoCustomerSignsInAndSeesTheHomePage() throws Exception {
        assertThat(awaitReadiness().statusCode()).isEqualTo(200);
        HttpResponse<String> before = get("/");
        assertThat(before.statusCode()).as("GET / before signing in").isBetween(300, 399);
        assertThat(before.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/signin"));

        HttpResponse<String> signedIn = signIn(DEMO_CUSTOMER, DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).as("POST /signin: %s", signedIn.body()).isBetween(300, 399);

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).as("GET / after signing in: %s", home.body()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"signOutForm:signOut\"").contains("BPO Account");
    }

    /** Posts the sign-in form the way a browser does (the page first, for the session cookie). */
    private HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        String base = "http://localhost:" + domain.httpPort();
        HttpResponse<String> page = get("/signin");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"stateless\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("signInForm", "signInForm");
        form.put("signInForm:email", email);
        form.put("signInForm:password", password);
        form.put("signInForm:submit", "");
        form.put("jakarta.faces.ViewState", "stateless");
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/signin"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // As a browser sends them; without them Mojarra refuses the stateless postback (view expired).
                .header("Origin", base)
                .header("Referer", base + "/signin")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form)))
                .build();
        return http.send(post, HttpResponse.BodyHandlers.ofString());
    }

    /** Readiness may lag the deployment by a moment; wait for it, up to a limit. */
    private HttpResponse<String> awaitReadiness() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpResponse<String> response = get("/health/ready");
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            response = get("/health/ready");
        }
        return response;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + domain.httpPort() + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String urlEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String requiredProperty(String name) {
        return Optional.ofNullable(System.getProperty(name)).orElseThrow(() -> new IllegalStateException(
                "System property " + name + " is not set: run this test through Maven (mvn verify in the ear module)"));
    }

    static final class ServerLogOnFailure implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            printServerLog(context.getDisplayName());
        }

        @Override
        public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
                throws Throwable {
            printServerLog("set-up");
            throw throwable;
        }

        private static void printServerLog(String what) {
            if (domain == null) {
                return;
            }
            System.err.printf("%n===== %s failed; the last %d lines of %s =====%n%s%n===== end of server.log =====%n",
                    what, LOG_TAIL_LINES, domain.serverLog(), domain.serverLogTail(LOG_TAIL_LINES));
        }
    }
}
