package dk.caseportal.web.it;

import static dk.caseportal.web.it.CustomerAccessIT.fill;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Patrick creates cases as the guide describes; "Mine sager" lists them for the chosen customer;
 * who else sees them follows the access rules, also when the address is typed.
 */
class CasesIT extends BrowserTest {

    private static String openCase;
    private static String privateCase;

    @BeforeAll
    static void patrickCreatesTwoCases() {
        startAsNewVisitor();
        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
        openCase = create("Fejl ved oprettelse i løn", false);
        privateCase = create("Fortroligt: lønsedler til direktionen", true);
    }

    private static String create(String title, boolean privateCase) {
        browser.open("/");
        browser.find(By.id("createCase")).click();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Opret en sag");
        browser.choose("caseForm:product", "Løn ABC");
        browser.choose("caseForm:type", "Fejl");
        browser.choose("caseForm:urgency", "Mindre fejl");
        browser.choose("caseForm:impact", "10-0% af brugerne påvirket");
        browser.choose("caseForm:subject", "Konsulentbistand");
        fill(browser, "caseForm:title", title);
        fill(browser, "caseForm:description", "Når jeg opretter en ny medarbejder, får jeg en systemfejl.\n"
                + "Se https://status.example.com/loen for detaljer.");
        if (privateCase) {
            browser.find(By.cssSelector("[id='caseForm:private'] .ui-chkbox-box")).click();
        }
        browser.find(By.id("caseForm:save")).click();
        String number = browser.awaitText(By.id("caseNumber"), "0000");
        assertThat(browser.path()).isEqualTo("/cases/" + number);
        return number;
    }

    @Test
    void theCasePageShowsEveryFieldTheNumberAndTheAssignment() {
        browser.open("/cases/" + openCase);
        assertThat(openCase).matches("\\d{8}");
        assertThat(browser.text(By.id("caseTitle"))).isEqualTo("Fejl ved oprettelse i løn");
        assertThat(browser.text(By.id("caseStatus"))).isEqualTo("Ny");
        assertThat(browser.text(By.id("caseCustomer"))).isEqualTo("BPO Account");
        assertThat(browser.text(By.id("caseContact"))).isEqualTo("Patrick Stjerne");
        assertThat(browser.text(By.id("caseProduct"))).isEqualTo("Løn ABC");
        assertThat(browser.text(By.id("caseType"))).isEqualTo("Fejl");
        assertThat(browser.text(By.id("caseUrgency"))).isEqualTo("Mindre fejl");
        assertThat(browser.text(By.id("caseImpact"))).isEqualTo("10-0% af brugerne påvirket");
        assertThat(browser.text(By.id("caseSubject"))).isEqualTo("Konsulentbistand");
        assertThat(browser.text(By.id("casePriority"))).isEqualTo("Lav");
        assertThat(browser.text(By.id("caseDescription"))).contains("får jeg en systemfejl.\nSe https://");
        assertThat(browser.find(By.cssSelector("#caseDescription a")).getAttribute("rel")).contains("nofollow");
        assertThat(browser.text(By.id("caseFeed")))
                .contains("Sagsejer (ved brug af tildelingsregel) Lars Nielsen til BPO Team 1");
    }

    @Test
    void invalidInputIsExplainedAtTheFieldsAndKeepsWhatWasTyped() {
        browser.open("/cases/new");
        fill(browser, "caseForm:title", "Halvt udfyldt sag");
        browser.find(By.id("caseForm:save")).click();
        String form = browser.awaitText(By.id("caseForm"), "Vælg produktet.");
        assertThat(form).contains("Vælg en type.", "Vælg et emne.");
        assertThat(browser.find(By.id("caseForm:title")).getAttribute("value")).isEqualTo("Halvt udfyldt sag");
    }

    @Test
    void mineSagerListsTheCasesOfTheChosenCustomer() {
        browser.open("/");
        assertThat(browser.text(By.id("myCasesHeading"))).isEqualTo("Mine sager");
        assertThat(browser.selected("view")).isEqualTo("Åbne sager");
        browser.awaitText(By.id("cases"), openCase);
        assertThat(browser.text(By.id("cases"))).contains("Fejl ved oprettelse i løn", "Ny",
                "Løn ABC", "Lav", "BPO Team 1");
        assertThat(browser.find(By.id("customer")).findElements(By.tagName("option")))
                .as("a customer's user chooses among their own customers only")
                .extracting(WebElement::getText).containsExactly("BPO Account", "Nordic Retail A/S");

        browser.select("customer", "Nordic Retail A/S");
        browser.awaitText(By.id("cases"), "Ingen sager at vise.");
        assertThat(browser.find(By.id("createCase")).getAttribute("href")).as("a new case is for the chosen customer")
                .endsWith("/cases/new?customer=" + browser.find(By.id("customer")).getAttribute("value"));
        browser.open("/");
        assertThat(browser.selected("customer")).as("the choice is remembered").isEqualTo("Nordic Retail A/S");
        browser.select("customer", "BPO Account");
        browser.awaitText(By.id("cases"), openCase);

        browser.find(By.id("q")).sendKeys("fortroligt");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("cases")).getText().contains(openCase));
        assertThat(browser.text(By.id("cases"))).contains(privateCase);
        browser.awaitQuery("q=fortroligt");
        browser.driver().navigate().refresh();
        assertThat(browser.find(By.id("q")).getAttribute("value")).as("the search is in the address")
                .isEqualTo("fortroligt");
        assertThat(browser.text(By.id("cases"))).contains(privateCase).doesNotContain(openCase);

        browser.find(By.id("languageForm:en")).click();
        browser.awaitText(By.id("myCasesHeading"), "My cases");
        assertThat(browser.find(By.id("q")).getAttribute("value")).as("a new language keeps the list")
                .isEqualTo("fortroligt");
        browser.find(By.id("languageForm:da")).click();
        browser.awaitText(By.id("myCasesHeading"), "Mine sager");
    }

    @Test
    void mineSagerPagesAndSortsInTheDatabase() throws Exception {
        try (Connection db = PortalServer.database(); Statement statement = db.createStatement()) {
            // Mette's older cases: they sort after Patrick's new ones, so the other tests still see those first.
            statement.executeUpdate("""
                    INSERT INTO cases.support_case (id, case_number, customer_id, customer_name, product_id,
                        product_name, type_id, urgency_id, impact_id, subject_id, title, description, private_case,
                        status, priority, contact_id, contact_name, created_at, updated_at)
                    SELECT 800000 + n, nextval('cases.case_number_seq'), c.id, c.name, p.id, p.name, 1, 7, 11, 16,
                        'Ældre sag nr. ' || lpad(n::text, 2, '0'), '', FALSE, 'IN_PROGRESS', 'LOW', u.id, u.name,
                        TIMESTAMPTZ '2020-01-01 12:00Z' + n * INTERVAL '1 day',
                        TIMESTAMPTZ '2020-01-01 12:00Z' + n * INTERVAL '1 day'
                    FROM generate_series(1, 40) n, identity.customer c, identity.product p, identity.app_user u
                    WHERE c.name = 'BPO Account' AND p.name = 'Løn ABC' AND u.email = 'mette.jensen@bpo.example'""");
        }
        browser.open("/");
        browser.find(By.id("q")).sendKeys("Ældre sag");
        browser.awaitText(By.id("caseRange"), "1–25 af 40");
        assertThat(firstRowTitle()).as("newest update first").isEqualTo("Ældre sag nr. 40");

        browser.click(By.xpath("//nav[@class='case-pager']//a[normalize-space()='2']"));
        browser.awaitText(By.id("caseRange"), "26–40 af 40");
        assertThat(firstRowTitle()).isEqualTo("Ældre sag nr. 15");
        assertThat(browser.find(By.cssSelector("a.case-page.is-current")).getText()).isEqualTo("2");
        browser.awaitQuery("page=2");
        browser.driver().navigate().back();
        browser.awaitText(By.id("caseRange"), "1–25 af 40");
        assertThat(firstRowTitle()).as("back goes to the previous page of the list").isEqualTo("Ældre sag nr. 40");

        By titleHeader = By.xpath("//a[@class='case-sort'][normalize-space()='Titel']");
        By titleColumn = By.xpath("//th[.//a[@class='case-sort'][normalize-space()='Titel']]");
        browser.click(By.xpath("//nav[@class='case-pager']//a[normalize-space()='2']"));
        browser.awaitText(By.id("caseRange"), "26–40 af 40");
        browser.click(titleHeader);
        browser.awaitText(By.id("caseRange"), "1–25 af 40");
        assertThat(firstRowTitle()).as("a new order starts on page 1").isEqualTo("Ældre sag nr. 01");
        assertThat(browser.find(titleColumn).getAttribute("aria-sort")).isEqualTo("ascending");
        browser.click(titleHeader);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> "Ældre sag nr. 40".equals(firstRowTitle()));
        assertThat(browser.find(titleColumn).getAttribute("aria-sort")).isEqualTo("descending");

        new Select(browser.find(By.cssSelector(".case-rows select"))).selectByVisibleText("50");
        browser.awaitText(By.id("caseRange"), "1–40 af 40");
        assertThat(browser.driver().findElements(By.cssSelector("#caseRows tr"))).hasSize(40);
        assertThat(browser.query()).as("the list's whole state is in its address")
                .contains("q=%C3%86ldre+sag", "rows=50", "sort=title", "dir=desc");
    }

    @Test
    void agentsSeeEveryCustomersCasesWithACustomerColumnAndTheirOwnViews() {
        try (Browser lars = new Browser()) {
            lars.signIn("lars.nielsen@vendor.example", PASSWORD);
            assertThat(lars.selected("customer")).isEqualTo("Alle kunder");
            assertThat(lars.text(By.cssSelector(".case-table thead"))).contains("Firmanavn");
            String rows = lars.awaitText(By.id("caseRows"), privateCase);
            assertThat(rows).contains(openCase, "BPO Account");

            lars.select("view", "Tildelt mig");
            lars.awaitQuery("view=ASSIGNED_TO_ME");
            assertThat(lars.text(By.id("caseRows"))).contains(openCase);
            assertThat(lars.driver().findElements(By.cssSelector("#caseRows td:last-child")))
                    .extracting(WebElement::getText).allSatisfy(owner -> assertThat(owner).endsWith("Lars Nielsen"));
            assertThat(lars.driver().findElements(By.id("createCase"))).as("agents do not report cases here")
                    .isEmpty();
        }
    }

    private static long customerId(String name) {
        try (Connection db = PortalServer.database();
             var query = db.prepareStatement("SELECT id FROM identity.customer WHERE name = ?")) {
            query.setString(1, name);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstRowTitle() {
        return browser.find(By.cssSelector("#caseRows tr:first-child .case-title")).getText();
    }

    @Test
    void colleaguesSeeNonPrivateCasesAndOtherCustomersSeeNothingEvenByAddress() {
        try (Browser mette = new Browser(); Browser sofie = new Browser()) {
            mette.signIn("mette.jensen@bpo.example", PASSWORD);
            mette.find(By.id("cases"));
            mette.awaitText(By.id("cases"), openCase);
            assertThat(mette.text(By.id("cases"))).doesNotContain(privateCase);
            mette.open("/cases/" + privateCase);
            assertThat(mette.text(By.tagName("h1"))).isEqualTo("Siden findes ikke");

            sofie.signIn("sofie.holm@nordicretail.example", PASSWORD);
            assertThat(sofie.text(By.id("cases"))).doesNotContain(openCase);
            // Another customer's id in the list's address is ignored: Sofie still sees her own customer's list.
            sofie.open("/?customer=" + customerId("BPO Account") + "&view=ALL");
            assertThat(sofie.selected("customer")).isEqualTo("Nordic Retail A/S");
            assertThat(sofie.text(By.id("cases"))).doesNotContain(openCase, privateCase);
            sofie.open("/cases/list?customer=" + customerId("BPO Account") + "&view=ALL&q=" + openCase);
            assertThat(sofie.text(By.tagName("body"))).isEqualTo("No cases to show.");
            sofie.open("/cases/" + openCase);
            assertThat(sofie.text(By.tagName("h1"))).isEqualTo("Page not found");
            sofie.open("/cases/" + privateCase);
            assertThat(sofie.text(By.tagName("h1"))).isEqualTo("Page not found");
        }
    }
}
