package dk.caseportal.web.it;

import static dk.caseportal.web.it.CustomerAccessIT.fill;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The conversation on a case: the agent answers and changes the case, the customer sees it, marks
 * the case solved and reopens it; two agents editing at once; followers.
 */
class CaseConversationIT extends BrowserTest {

    private static final String HANDLING = "caseTabs:handlingForm:";

    private static void signIn(String email) {
        startAsNewVisitor();
        browser.signIn(email, PASSWORD);
    }

    /** Patrick creates a case about the product and is left on its page; returns its number. */
    private static String patricksCase(String product, String title) {
        signIn("patrick.stjerne@bpo.example");
        browser.open("/cases/new");
        browser.choose("caseForm:product", product);
        browser.choose("caseForm:type", "Fejl");
        browser.choose("caseForm:urgency", "Mindre fejl");
        browser.choose("caseForm:impact", "10-0% af brugerne påvirket");
        browser.choose("caseForm:subject", "Konsulentbistand");
        fill(browser, "caseForm:title", title);
        browser.find(By.id("caseForm:save")).click();
        return browser.awaitText(By.id("caseNumber"), "0000");
    }

    private static void share(String html) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PF('widget_feedForm_post').editor.clipboard.dangerouslyPasteHTML(arguments[0]);", html);
        browser.find(By.id("feedForm:share")).click();
        browser.awaitText(By.id("messages"), "Dit indlæg er delt.");
    }

    @Test
    void theAgentRepliesAndWaitsForTheCustomerWhoSeesBothAndMarksTheCaseSolvedAndReopensIt() {
        String number = patricksCase("Løn ABC", "Lønkørslen stopper ved medarbejder 17");
        assertThat(browser.driver().findElements(By.id("caseTabs:handlingForm"))).as("customers do not edit").isEmpty();

        signIn("lars.nielsen@vendor.example");
        browser.open("/cases/" + number);
        share("<p>Hvilken lønperiode drejer det sig om?</p>");
        browser.select(HANDLING + "status", "Afventer kunde");
        browser.select(HANDLING + "urgency", "Alvorlig fejl");
        browser.find(By.id(HANDLING + "save")).click();
        browser.awaitText(By.id("messages"), "Sagen er gemt.");
        assertThat(browser.text(By.id("caseStatus"))).isEqualTo("Afventer kunde");
        assertThat(browser.text(By.id("casePriority"))).as("major error, 10-0% affected").isEqualTo("Middel");

        signIn("patrick.stjerne@bpo.example");
        browser.open("/cases/" + number);
        assertThat(browser.text(By.id("caseStatus"))).isEqualTo("Afventer kunde");
        String feed = browser.text(By.id("caseFeed"));
        assertThat(feed).contains("Lars Nielsen (Leverandør)", "Hvilken lønperiode drejer det sig om?",
                "Lars Nielsen (Leverandør) opdaterede denne registrering", "Status: Ny → Afventer kunde",
                "Haster: Mindre fejl → Alvorlig fejl", "Prioritet: Lav → Middel");

        browser.click(By.id("statusForm:markSolved"));
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitText(By.id("messages"), "Sagen er markeret som løst.");
        assertThat(browser.text(By.id("caseStatus"))).isEqualTo("Løst");
        assertThat(browser.text(By.id("caseFeed")))
                .contains("Patrick Stjerne (Kunde) opdaterede denne registrering", "Status: Afventer kunde → Løst");

        browser.click(By.id("statusForm:reopen"));
        browser.awaitText(By.id("messages"), "Sagen er genåbnet.");
        assertThat(browser.text(By.id("caseStatus"))).isEqualTo("Under behandling");
        assertThat(browser.driver().findElements(By.id("statusForm:reopen"))).isEmpty();
    }

    @Test
    void patrickSharesAPostWithALinkAndAPastedImageAndMetteSeesIt() throws Exception {
        String number = patricksCase("Løn ABC", "Forkert skattetræk i november");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PF('widget_feedForm_post').editor.clipboard.dangerouslyPasteHTML(arguments[0]);",
                "<p>Se <a href=\"https://skat.example.com/traek\">trækket</a> på skærmbilledet:</p>");
        pasteImage(png(), "skærmbillede.png");
        browser.find(By.cssSelector("[id='feedForm:post'] .ql-editor img[src*='/files/']"));
        // A file that is not an image is refused with the reason; the text stays.
        pasteImage("JVBERi0xLjQK".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "faktura.png");
        browser.awaitText(By.id("postImageStatus"), "blev ikke tilføjet");
        browser.find(By.id("feedForm:share")).click();
        browser.awaitText(By.id("messages"), "Dit indlæg er delt.");

        signIn("mette.jensen@bpo.example");
        browser.open("/cases/" + number);
        WebElement body = browser.find(By.cssSelector("#caseFeed .feed-post .feed-body"));
        assertThat(body.getText()).contains("Se trækket på skærmbilledet:");
        assertThat(body.findElement(By.tagName("a")).getAttribute("rel")).contains("nofollow", "noopener");
        String src = body.findElement(By.tagName("img")).getAttribute("src");
        assertThat(src).matches(".*/files/[0-9a-f-]{36}/inline");
        // The scanner has a second or two to pass it; then the image shows for Mette.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> {
                    d.navigate().refresh();
                    return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                            const img = document.querySelector('#caseFeed .feed-post .feed-body img');
                            return img !== null && img.complete && img.naturalWidth === 3;"""));
                });
    }

    /** A small PNG, 3 × 2 pixels. */
    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(3, 2,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Pastes a file into the editor as the clipboard would hand over a screenshot. */
    private static void pasteImage(byte[] content, String name) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], arguments[1], {type: 'image/png'}));
                const editor = document.querySelector("[id='feedForm:post'] .ql-editor");
                editor.focus();
                editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));""",
                java.util.Base64.getEncoder().encodeToString(content), name);
    }

    @Test
    void aClosedCaseCannotBeReopenedButANewCaseRefersToIt() {
        String number = patricksCase("Løn ABC", "Eksport til bank fejler");
        signIn("lars.nielsen@vendor.example");
        browser.open("/cases/" + number);
        browser.select(HANDLING + "status", "Lukket");
        browser.find(By.id(HANDLING + "save")).click();
        browser.awaitText(By.id("messages"), "Sagen er gemt.");
        assertThat(browser.driver().findElements(By.id("caseTabs:handlingForm"))).as("closed stays closed").isEmpty();

        signIn("patrick.stjerne@bpo.example");
        browser.open("/cases/" + number);
        assertThat(browser.text(By.id("closedNote"))).contains("kan ikke genåbnes");
        assertThat(browser.driver().findElements(By.id("statusForm:reopen"))).isEmpty();
        browser.find(By.id("newReferring")).click();
        browser.awaitText(By.tagName("h1"), "Opret en sag");
        assertThat(browser.find(By.id("caseForm:description")).getAttribute("value"))
                .startsWith("Henviser til sag " + number + " (Eksport til bank fejler).");
    }

    @Test
    void theSecondOfTwoAgentsSavingTheSameCaseIsToldWhoChangedItAndKeepsWhatTheyChose() {
        String number = patricksCase("Løn ABC", "Skattekort hentes ikke");
        signIn("lars.nielsen@vendor.example");
        browser.open("/cases/" + number);
        try (Browser anne = new Browser()) {
            anne.open("/signin");
            anne.signIn("admin@vendor.example", PASSWORD);
            anne.open("/cases/" + number);
            anne.select(HANDLING + "impact", "100-50% af brugerne påvirket");
            anne.find(By.id(HANDLING + "save")).click();
            anne.awaitText(By.id("messages"), "Sagen er gemt.");
        }

        browser.select(HANDLING + "status", "Under behandling");
        browser.find(By.id(HANDLING + "save")).click();
        browser.awaitText(By.id("messages"), "Sagen er ændret af Anne Admin");
        assertThat(browser.selected(HANDLING + "status")).as("what Lars chose is still there")
                .isEqualTo("Under behandling");
        assertThat(browser.text(By.id("caseStatus"))).isEqualTo("Ny");

        browser.find(By.id("reload")).click();
        browser.awaitText(By.id("caseFeed"), "Anne Admin (Leverandør) opdaterede denne registrering");
        assertThat(browser.selected(HANDLING + "impact")).isEqualTo("100-50% af brugerne påvirket");
        assertThat(browser.selected(HANDLING + "status")).isEqualTo("Ny");
    }

    @Test
    void patrickAddsMetteAsFollowerButNoOneWithoutAccessToTheProduct() {
        String lonCase = patricksCase("Løn ABC", "Feriepenge beregnes forkert");
        browser.open("/cases/" + lonCase + "?tab=related");
        List<String> candidates = new Select(browser.find(By.id("caseTabs:followersForm:candidate"))).getOptions()
                .stream().map(WebElement::getText).toList();
        // Other tests may invite more BPO users with Løn ABC; never anyone without it.
        assertThat(candidates).as("BPO's members with Løn ABC; not Sofie (Nordic Retail), not the agents")
                .contains("– Vælg –", "Mette Jensen")
                .doesNotContain("Patrick Stjerne", "Sofie Holm", "Lars Nielsen", "Sara Berg", "Anne Admin");
        assertThat(browser.text(By.id("caseFollowers"))).contains("Patrick Stjerne", "Opretter");

        browser.select("caseTabs:followersForm:candidate", "Mette Jensen");
        browser.find(By.id("caseTabs:followersForm:addFollower")).click();
        browser.awaitText(By.id("caseFollowers"), "Mette Jensen");
        assertThat(browser.text(By.id("messages"))).contains("Mette Jensen følger nu sagen.");
        assertThat(browser.text(By.id("caseFeed"))).contains("Patrick Stjerne tilføjede Mette Jensen som følger");
        // The page opened on "Relaterede": "Detaljer", opened now, shows the case as loaded.
        browser.find(By.cssSelector("a[href='#caseTabs:detailsTab']")).click();
        browser.awaitText(By.id("caseInformation"), lonCase);
        assertThat(browser.text(By.id("caseProduct"))).isEqualTo("Løn ABC");
        assertThat(browser.text(By.id("caseSubject"))).isEqualTo("Konsulentbistand");

        String hrCase = patricksCase("HR Core", "Fraværsregistrering mangler");
        browser.open("/cases/" + hrCase + "?tab=related");
        browser.find(By.id("caseFollowers"));
        assertThat(browser.driver().findElements(By.cssSelector("[id='caseTabs:followersForm:candidate'] option")))
                .extracting(WebElement::getText).as("Mette has no HR Core")
                .doesNotContain("Mette Jensen", "Sofie Holm");

        signIn("mette.jensen@bpo.example");
        browser.open("/cases/" + lonCase + "?tab=related");
        browser.find(By.id("caseTabs:followersForm:unfollow")).click();
        browser.awaitText(By.id("messages"), "Du følger ikke længere sagen.");
        assertThat(browser.text(By.id("caseFollowers"))).doesNotContain("Mette Jensen");
        browser.find(By.id("caseTabs:followersForm:follow")).click();
        browser.awaitText(By.id("caseFollowers"), "Mette Jensen");
    }
}
