package dk.caseportal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * "Mine sager" under load, as a browser drives it: sign in, load the home page, then the requests
 * the page's script sends for a page change, a sort change and a search (the list alone, from
 * {@code /cases/list} with the list's address as query).
 *
 * <p>System properties: {@code portal.url} (default http://localhost:8080), {@code mode}
 * ({@code interactions}: first page, page change, sort change and search in a loop;
 * {@code pageloads}: full page loads of the home page in a loop), {@code users} (concurrent
 * users, default 20) and {@code seconds} (default 60). The users are the demo's customer users
 * and those of the generated test data ({@code PORTAL_GENERATE_CASES}).
 */
public class MyCasesSimulation extends Simulation {

    private static final String BASE = System.getProperty("portal.url", "http://localhost:8080");
    private static final String MODE = System.getProperty("mode", "interactions");
    private static final int USERS = Integer.getInteger("users", 20);
    private static final int SECONDS = Integer.getInteger("seconds", 60);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml")
            .acceptLanguageHeader("da")
            .userAgentHeader("Case Portal benchmark");

    /** Patrick and Mette of the demo, and users of the generated customers, in turn. */
    private static Iterator<Map<String, Object>> users() {
        List<Map<String, Object>> users = new ArrayList<>();
        users.add(Map.of("email", "patrick.stjerne@bpo.example"));
        users.add(Map.of("email", "mette.jensen@bpo.example"));
        for (int customer = 1; customer <= 60; customer += 3) {
            users.add(Map.of("email", String.format("bruger%d.%02d@testkunde%03d.example", customer, 1, customer)));
        }
        return Stream.generate(() -> users).flatMap(List::stream).iterator();
    }

    private final ChainBuilder signIn = SignIn.signIn(substring("myCasesHeading"));

    private static HttpRequestActionBuilder firstPage(String name) {
        return http(name).get("/")
                .check(status().is(200))
                // The customer chosen in "Vælg kunde" (the first selected option with a number).
                .check(regex("<option value=\"([0-9]+)\" selected=\"selected\"").saveAs("customer"))
                .check(substring("case-link"));
    }

    /**
     * The list alone, as the page's script fetches it when the user pages, sorts or searches: the
     * query is the list's address (the link's, or the filter form's).
     */
    private static HttpRequestActionBuilder list(String name, String query) {
        return http(name).get("/cases/list?customer=#{customer}&view=OPEN" + query)
                .check(status().is(200))
                .check(substring("case-link"))
                .check(substring("class=\"case-range\""));
    }

    private final ChainBuilder interactions = exec(
            firstPage("Mine sager: first page"),
            list("Mine sager: page change", "&rows=25&page=2"),
            list("Mine sager: sort change", "&rows=25&sort=title&dir=asc"),
            list("Mine sager: search", "&q=fejl&dir=desc&rows=25"));

    private final ScenarioBuilder scenario = "pageloads".equals(MODE)
            ? scenario("Mine sager page loads").feed(users()).exec(signIn)
                    .exec(during(Duration.ofSeconds(SECONDS)).on(exec(firstPage("Mine sager: page load"))))
            : scenario("Mine sager interactions").feed(users()).exec(signIn)
                    .exec(during(Duration.ofSeconds(SECONDS)).on(interactions));

    {
        setUp(scenario.injectOpen(atOnceUsers(USERS))).protocols(protocol);
    }
}
