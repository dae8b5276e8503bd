package dk.caseportal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
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
 * "Mine sager" under load, as a browser drives it: sign in, load the home page, then the Faces
 * ajax postbacks PrimeFaces sends for a page change, a sort change and a search.
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
    private static final String PASSWORD = "Demo-Portal-1";

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

    private final ChainBuilder signIn = exec(
            http("sign-in page").get("/signin")
                    .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("signInState")),
            http("sign in").post("/signin")
                    .formParam("signInForm", "signInForm")
                    .formParam("signInForm:email", "#{email}")
                    .formParam("signInForm:password", PASSWORD)
                    .formParam("signInForm:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{signInState}")
                    .check(substring("myCasesHeading")));

    private static HttpRequestActionBuilder firstPage(String name) {
        return http(name).get("/")
                .check(status().is(200))
                .check(css("#casesForm input[name='jakarta.faces.ViewState']", "value").saveAs("view"))
                .check(css("select[name='casesForm:customer_input'] option[selected]", "value").saveAs("customer"))
                .check(substring("case-link"));
    }

    /**
     * A Faces ajax postback of the cases form, as PrimeFaces sends it: the page is stateless, so
     * every request carries the whole form (customer, view, search and the list's position).
     */
    private static HttpRequestActionBuilder ajax(String name, String source, String search) {
        return http(name).post("/")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", "casesForm")
                .formParam("jakarta.faces.partial.render", "casesForm:cases")
                .formParam("casesForm", "casesForm")
                .formParam("casesForm:customer_input", "#{customer}")
                .formParam("casesForm:view_input", "OPEN")
                .formParam("casesForm:search", search)
                .formParam("casesForm:first", "0")
                .formParam("casesForm:rows", "25")
                .formParam("casesForm:sort", "")
                .formParam("casesForm:ascending", "false")
                .formParam("jakarta.faces.ViewState", "#{view}")
                .check(status().is(200))
                .check(substring("<partial-response"))
                .check(substring("case-link"))
                .check(substring("class=\"case-range\""));
    }

    /** The list's buttons: {@code showCases([{name: 'page', value: 2}])} and the like. */
    private static HttpRequestActionBuilder showCases(String name, String parameter, String value) {
        return ajax(name, "casesForm:showCases", "")
                .formParam("casesForm:showCases", "casesForm:showCases")
                .formParam(parameter, value);
    }

    private final ChainBuilder interactions = exec(
            firstPage("Mine sager: first page"),
            showCases("Mine sager: page change", "page", "2"),
            showCases("Mine sager: sort change", "sort", "title"),
            ajax("Mine sager: search", "casesForm:search", "fejl")
                    .formParam("jakarta.faces.behavior.event", "keyup")
                    .formParam("jakarta.faces.partial.event", "keyup"));

    private final ScenarioBuilder scenario = "pageloads".equals(MODE)
            ? scenario("Mine sager page loads").feed(users()).exec(signIn)
                    .exec(during(Duration.ofSeconds(SECONDS)).on(exec(firstPage("Mine sager: page load"))))
            : scenario("Mine sager interactions").feed(users()).exec(signIn)
                    .exec(during(Duration.ofSeconds(SECONDS)).on(interactions));

    {
        setUp(scenario.injectOpen(atOnceUsers(USERS))).protocols(protocol);
    }
}
