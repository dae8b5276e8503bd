package dk.caseportal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The case page of a case with 1,000 feed entries (written by the run command with
 * {@code PORTAL_GENERATE_CASES}; its title is "Lang samtale: lønkørslen (benchmark)"), loaded
 * again and again by Patrick and Mette: the details, the files, the followers and the first 20
 * entries of the feed.
 *
 * <p>System properties: {@code portal.url} (default http://localhost:8080), {@code users}
 * (concurrent users, default 20) and {@code seconds} (default 60). Each user finds the case's
 * number by searching "Mine sager" for its title once, after signing in.
 */
public class CasePageSimulation extends Simulation {

    private static final String BASE = System.getProperty("portal.url", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 20);
    private static final int SECONDS = Integer.getInteger("seconds", 60);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml")
            .acceptLanguageHeader("da")
            .userAgentHeader("Case Portal benchmark");

    private static java.util.Iterator<Map<String, Object>> users() {
        List<Map<String, Object>> users = List.of(Map.of("email", "patrick.stjerne@bpo.example"),
                Map.of("email", "mette.jensen@bpo.example"));
        return Stream.generate(() -> users).flatMap(List::stream).iterator();
    }

    private final ChainBuilder findTheCase = exec(
            SignIn.signIn(regex("<option value=\"([0-9]+)\" selected=\"selected\"").saveAs("customer")),
            http("find the case").get("/cases/list?customer=#{customer}&view=ALL&q=Lang+samtale")
                    .check(regex("/cases/([0-9]{8})").saveAs("case")));

    private final ChainBuilder casePage = exec(http("case page").get("/cases/#{case}")
            .check(status().is(200))
            .check(substring("id=\"caseFeed\""))
            .check(substring("id=\"feedMore\"")));

    private final ScenarioBuilder scenario = scenario("Case page with 1,000 entries")
            .feed(users())
            .exec(findTheCase)
            .exec(during(Duration.ofSeconds(SECONDS)).on(casePage));

    {
        setUp(scenario.injectOpen(atOnceUsers(USERS))).protocols(protocol);
    }
}
