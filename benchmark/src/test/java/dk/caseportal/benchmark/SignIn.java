package dk.caseportal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;

/** Signing a virtual user in with the form, as a browser does: the page, then the post with its view state. */
final class SignIn {

    static final String PASSWORD = "Demo-Portal-1";

    private SignIn() {
    }

    /** The user's {@code email} comes from the scenario's feeder; {@code landing} checks the page signed in to. */
    static ChainBuilder signIn(CheckBuilder landing) {
        return exec(
                http("sign-in page").get("/signin")
                        .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("signInState")),
                http("sign in").post("/signin")
                        .formParam("signInForm", "signInForm")
                        .formParam("signInForm:email", "#{email}")
                        .formParam("signInForm:password", PASSWORD)
                        .formParam("signInForm:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{signInState}")
                        .check(landing));
    }
}
