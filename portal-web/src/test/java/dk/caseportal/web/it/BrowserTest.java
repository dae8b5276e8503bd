package dk.caseportal.web.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test class that drives the running portal in one browser, opened once for the class. */
@ExtendWith(PortalServer.class)
abstract class BrowserTest {

    static final String PASSWORD = "Demo-Portal-1";
    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    /** Forgets every cookie, so the next page is seen as by someone who never visited. */
    static void startAsNewVisitor() {
        browser.open("/signin");
        browser.driver().manage().deleteAllCookies();
        browser.open("/signin");
    }
}
