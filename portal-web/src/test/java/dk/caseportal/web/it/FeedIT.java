package dk.caseportal.web.it;

import static dk.caseportal.web.it.CustomerAccessIT.fill;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Indlæg" on the case page: sharing posts, who reads them, what is cleaned, searching. */
class FeedIT extends BrowserTest {

    private static String caseNumber;

    @BeforeAll
    static void patrickCreatesACaseAndSharesAPost() {
        startAsNewVisitor();
        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
        browser.open("/cases/new");
        browser.choose("caseForm:product", "Løn ABC");
        browser.choose("caseForm:type", "Spørgsmål");
        browser.choose("caseForm:urgency", "Ingen fejl");
        browser.choose("caseForm:impact", "10-0% af brugerne påvirket");
        browser.choose("caseForm:subject", "Konsulentbistand");
        fill(browser, "caseForm:title", "Feriepenge mangler på lønsedlen");
        browser.find(By.id("caseForm:save")).click();
        caseNumber = browser.awaitText(By.id("caseNumber"), "0000");

        paste("<p>Feriepengene mangler. Se <b>vejledningen</b>: "
                + "<a href=\"https://support.example.com/feriepenge\">feriepenge</a></p>");
        browser.find(By.id("feedForm:share")).click();
        browser.awaitText(By.id("messages"), "Dit indlæg er delt.");
    }

    /** Puts HTML in the editor as pasting it would. */
    private static void paste(String html) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PF('widget_feedForm_post').editor.clipboard.dangerouslyPasteHTML(arguments[0]);", html);
    }

    @Test
    void thePostIsInTheFeedWithItsAuthorSideAndTimeAndAColleagueReadsIt() {
        browser.open("/cases/" + caseNumber);
        WebElement post = browser.find(By.cssSelector("#caseFeed .feed-post"));
        assertThat(post.getText()).contains("Patrick Stjerne", "(Kunde)", "lige nu", "Feriepengene mangler. Se vejledningen");
        assertThat(post.findElement(By.cssSelector(".feed-time")).getAttribute("title")).matches("\\d{2}\\.\\d{2}\\.\\d{4} .*");
        WebElement link = post.findElement(By.cssSelector(".feed-body a"));
        assertThat(link.getAttribute("href")).isEqualTo("https://support.example.com/feriepenge");
        assertThat(link.getAttribute("rel")).contains("nofollow", "noopener");
        assertThat(browser.text(By.id("caseFeed"))).as("history in the same feed")
                .contains("Patrick Stjerne (Kunde) oprettede sagen");

        startAsNewVisitor();
        browser.signIn("mette.jensen@bpo.example", PASSWORD);
        browser.open("/cases/" + caseNumber);
        assertThat(browser.text(By.cssSelector("#caseFeed .feed-post"))).contains("Patrick Stjerne", "vejledningen");
        startAsNewVisitor();
        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
    }

    @Test
    void whatCouldRunScriptIsRemovedEvenFromATamperedRequest() {
        browser.open("/cases/" + caseNumber);
        // Past the editor: the form's field set directly, as a crafted request would send it.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('feedForm:post_input').value = arguments[0];",
                "<p>Ondsindet<script>window.attacked = 1</script><img src=x onerror=\"window.attacked = 2\">"
                        + "<a href=\"javascript:window.attacked = 3\">klik</a><svg onload=\"window.attacked = 4\"></svg>"
                        + "<span style=\"color:red\">rød</span></p>");
        browser.find(By.id("feedForm:share")).click();
        browser.awaitText(By.id("caseFeed"), "Ondsindet");

        browser.open("/cases/" + caseNumber);
        WebElement post = browser.find(By.cssSelector("#caseFeed .feed-post"));
        String html = post.findElement(By.cssSelector(".feed-body")).getAttribute("innerHTML");
        assertThat(html).contains("Ondsindet", "klik", "rød")
                .doesNotContain("script", "onerror", "javascript:", "svg", "style", "<img");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.attacked === undefined"))
                .isEqualTo(true);
    }

    @Test
    void searchInTheFeedFindsAPostAndMarksTheHit() {
        browser.open("/cases/" + caseNumber);
        paste("<p>Lønkørslen i marts er også ramt.</p>");
        browser.find(By.id("feedForm:share")).click();
        browser.awaitText(By.id("caseFeed"), "Lønkørslen i marts");

        fill(browser, "feedSearch", "vejledning");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#caseFeed mark")).isEmpty());
        assertThat(browser.text(By.id("caseFeed"))).contains("vejledningen").doesNotContain("Lønkørslen i marts");
        assertThat(browser.text(By.cssSelector("#caseFeed mark"))).isEqualToIgnoringCase("vejledning");

        fill(browser, "feedSearch", "findes ikke");
        browser.awaitText(By.id("feedList"), "Intet i feedet passer til søgningen.");
    }

    @Test
    void theFeedShowsTwentyEntriesThenMoreAndCanStartWithTheOldest() throws Exception {
        try (Connection db = PortalServer.database(); Statement statement = db.createStatement()) {
            statement.executeUpdate("INSERT INTO cases.case_post (id, case_id, author_id, author_name, vendor_side,"
                    + " internal, body_html, body_text, posted_at)"
                    + " SELECT 900000 + n, c.id, 1, 'Lars Nielsen', TRUE, FALSE, '<p>Svar nummer ' || n || '</p>',"
                    + " 'Svar nummer ' || n,"
                    // Just after the case was created, before anything the other tests share.
                    + " c.created_at + n * INTERVAL '1 millisecond'"
                    + " FROM cases.support_case c, generate_series(1, 25) n WHERE c.case_number = "
                    + Long.parseLong(caseNumber));
        }
        browser.open("/cases/" + caseNumber);
        assertThat(browser.driver().findElements(By.cssSelector("#caseFeed .feed-entry"))).hasSize(20);
        assertThat(browser.text(By.id("caseFeed"))).as("newest first")
                .contains("Feriepengene", "Svar nummer 25", "Lars Nielsen (Leverandør)").doesNotContain("oprettede sagen");

        browser.find(By.id("feedMore")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#caseFeed .feed-entry")).size() > 20);
        assertThat(browser.text(By.id("caseFeed"))).contains("Svar nummer 1\n", "oprettede sagen");
        assertThat(browser.driver().findElements(By.id("feedMore"))).as("nothing more").isEmpty();

        browser.select("feedOrder", "Ældste først");
        browser.awaitText(By.cssSelector("#caseFeed .feed-entry"), "oprettede sagen");
        // The feed's state is in the page's address: a reload (or a bookmark) shows the same feed.
        assertThat(browser.driver().getCurrentUrl()).contains("order=OLDEST_FIRST").doesNotContain("limit=");
        browser.driver().navigate().refresh();
        assertThat(browser.selected("feedOrder")).isEqualTo("Ældste først");
        assertThat(browser.text(By.cssSelector("#caseFeed .feed-entry"))).contains("oprettede sagen");
        assertThat(browser.driver().findElements(By.cssSelector("#caseFeed .feed-entry"))).hasSize(20);

        // Another language shows the same feed, and the tabs (sent with the page's first form) still open.
        browser.find(By.id("languageForm:en")).click();
        browser.awaitText(By.id("postsHeading"), "Posts");
        assertThat(browser.selected("feedOrder")).isEqualTo("Oldest first");
        assertThat(browser.driver().getCurrentUrl()).contains("/cases/" + caseNumber).contains("order=OLDEST_FIRST");
        browser.find(By.cssSelector("a[href='#caseTabs:relatedTab']")).click();
        browser.awaitText(By.id("filesHeading"), "Files");
        browser.find(By.id("languageForm:da")).click();
        browser.awaitText(By.id("postsHeading"), "Indlæg");
    }

    @Test
    void anAgentsInternalNoteIsNeverShownToTheCustomer() {
        startAsNewVisitor();
        browser.signIn("lars.nielsen@vendor.example", PASSWORD);
        browser.open("/cases/" + caseNumber);
        paste("<p>Kunden har glemt at opdatere satserne for juli.</p>");
        browser.find(By.cssSelector("[id='feedForm:internal'] .ui-chkbox-box")).click();
        browser.find(By.id("feedForm:share")).click();
        String note = browser.awaitText(By.id("caseFeed"), "satserne for juli");
        assertThat(note).contains("Lars Nielsen (Leverandør)", "Intern note");

        startAsNewVisitor();
        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
        browser.open("/cases/" + caseNumber);
        assertThat(browser.text(By.id("caseFeed"))).doesNotContain("satserne", "Intern note");
        assertThat(browser.driver().findElements(By.id("feedForm:internal"))).as("customers write no internal notes").isEmpty();
        fill(browser, "feedSearch", "satserne");
        browser.awaitText(By.id("feedList"), "Intet i feedet passer til søgningen.");
        // Nor through the address the page's script fetches the feed from.
        browser.open("/cases/feed?case=" + caseNumber + "&q=satserne");
        assertThat(browser.text(By.tagName("body"))).isEqualTo("Intet i feedet passer til søgningen.");
        browser.open("/cases/feed?case=" + caseNumber + "&order=OLDEST_FIRST&limit=1000");
        assertThat(browser.text(By.tagName("body"))).contains("oprettede sagen").doesNotContain("satserne");
    }

    @Test
    void theFeedAloneIsOnlyForThoseWhoMaySeeTheCase() {
        startAsNewVisitor();
        browser.signIn("sofie.holm@nordicretail.example", PASSWORD);
        browser.open("/cases/feed?case=" + caseNumber);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page not found");
        assertThat(browser.text(By.tagName("body"))).doesNotContain("Feriepenge");
        browser.open("/cases/feed?case=tampered");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page not found");
        startAsNewVisitor();
        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
    }

    @Test
    void anEmptyPostIsNotShared() {
        browser.open("/cases/" + caseNumber);
        browser.find(By.id("feedForm:share")).click();
        browser.awaitText(By.id("feedForm"), "Skriv noget, før du deler");
    }
}
