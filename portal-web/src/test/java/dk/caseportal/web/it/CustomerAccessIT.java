package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator invites a user into "Nordic Retail A/S" with access to "Finance 360"; the user
 * sets a password from the mail and sees the customer and product; revoking the product hides it
 * on the user's next page.
 */
class CustomerAccessIT extends BrowserTest {

    private static final String KARIN = "karin.kvist@nordicretail.example";
    private static final String KARIN_PASSWORD = "kaffe og kanelsnegle";
    private static Browser karinsBrowser;

    @BeforeAll
    static void signInAsAdministrator() throws Exception {
        try (var db = PortalServer.database(); var statement = db.createStatement()) {
            statement.executeUpdate("INSERT INTO identity.app_user (id, name, email, role)"
                    + " VALUES (900101, 'Henrik Hansen', 'henrik.hansen@nordicretail.example', 'CUSTOMER')");
        }
        startAsNewVisitor();
        browser.signIn("admin@vendor.example", PASSWORD);
        karinsBrowser = new Browser();
    }

    @AfterAll
    static void closeKarinsBrowser() {
        karinsBrowser.close();
    }

    static void filterTable(Browser in, String tableId, String text) {
        WebElement filter = in.find(By.cssSelector("[id='" + tableId + "'] th input.ui-column-filter"));
        filter.clear();
        filter.sendKeys(text);
        String lower = text.toLowerCase();
        new WebDriverWait(in.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class) // the table is replaced while we read it
                .until(driver -> {
                    List<WebElement> rows = driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr"));
                    return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().toLowerCase().contains(lower));
                });
    }

    static void fill(Browser in, String id, String value) {
        WebElement field = in.find(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    static void check(Browser in, String groupId, String label) {
        in.find(By.xpath("//*[@id='" + groupId + "']//label[normalize-space()='" + label + "']")).click();
    }

    @Test
    void anInvitedUserSeesTheCustomerAndLosesTheProductWhenItIsRevoked() throws Exception {
        browser.find(By.id("adminCustomersLink")).click();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kunder");
        filterTable(browser, "customersForm:customers", "Nordic");
        assertThat(browser.text(By.id("customersForm:customers"))).contains("10002", "Finance 360");
        browser.find(By.cssSelector("a.customer-members")).click();
        assertThat(browser.text(By.id("membersHeading"))).isEqualTo("Brugere hos Nordic Retail A/S");

        browser.find(By.id("toolbar:invite")).click();
        fill(browser, "inviteForm:name", "Karin Kvist");
        fill(browser, "inviteForm:email", KARIN);
        check(browser, "inviteForm:products", "Finance 360");
        browser.find(By.id("inviteForm:send")).click();
        browser.awaitText(By.id("membersForm:messages"), "Invitationen er sendt til " + KARIN + ".");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("inviteForm:name")));

        // Karin chooses her password from the mail, signs in and sees her customer and product.
        karinsBrowser.driver().get(Mailbox.lastResetLink(Mailbox.awaitMails(KARIN, 1)));
        karinsBrowser.find(By.id("resetForm:password")).sendKeys(KARIN_PASSWORD);
        karinsBrowser.find(By.id("resetForm:repeat")).sendKeys(KARIN_PASSWORD);
        karinsBrowser.find(By.id("resetForm:submit")).click();
        karinsBrowser.find(By.id("welcomeMessage"));
        karinsBrowser.signIn(KARIN, KARIN_PASSWORD);
        assertThat(karinsBrowser.text(By.id("cases"))).isEqualTo("Ingen sager at vise.");
        karinsBrowser.open("/profile");
        assertThat(karinsBrowser.text(By.id("access"))).contains("Nordic Retail A/S", "Finance 360");

        // The administrator takes Finance 360 away; Karin's next page no longer offers it.
        filterTable(browser, "membersForm:members", "karin");
        browser.find(By.cssSelector("[id='membersForm:members_data'] .access-toggle.access-true")).click();
        browser.awaitText(By.id("membersForm:messages"), "Karin Kvist har ikke længere adgang til Finance 360.");
        browser.awaitText(By.id("membersForm:members_data"), "Ingen adgang");

        karinsBrowser.open("/");
        assertThat(karinsBrowser.text(By.id("noAccess"))).isEqualTo("Du har ikke adgang til nogen produkter hos"
                + " Nordic Retail A/S endnu, så der er ingen sager at vise. Kontakt din kundeadministrator.");
        assertThat(karinsBrowser.driver().findElements(By.id("createCase"))).as("nothing to report a case about")
                .isEmpty();
        karinsBrowser.open("/profile");
        assertThat(karinsBrowser.text(By.id("access"))).contains("Nordic Retail A/S", "Ingen produkter")
                .doesNotContain("Finance 360");

        // An existing user is added and made customer administrator.
        browser.find(By.id("toolbar:addExisting")).click();
        WebElement input = browser.find(By.id("addForm:user_input"));
        input.sendKeys("henrik");
        browser.find(By.xpath("//*[@id='addForm:user_panel']//li[contains(., 'Henrik Hansen')]")).click();
        browser.find(By.id("addForm:add")).click();
        browser.awaitText(By.id("membersForm:messages"), "Henrik Hansen er nu bruger hos Nordic Retail A/S.");
        filterTable(browser, "membersForm:members", "henrik");
        browser.find(By.cssSelector(".member-admin-toggle")).click();
        browser.awaitText(By.id("membersForm:messages"), "Henrik Hansen er nu kundeadministrator hos Nordic Retail A/S.");
        browser.awaitText(By.id("membersForm:members_data"), "Kundeadministrator");

        // The audit trail shows each change.
        browser.find(By.id("adminAuditLink")).click();
        browser.find(By.cssSelector("th input.ui-column-filter")).sendKeys("karin.kvist");
        String trail = browser.awaitText(By.id("auditForm:entries_data"), "Adgang til produkt fjernet");
        assertThat(trail).contains("Bruger inviteret", "Bruger tilføjet kunde", "Adgang til produkt givet",
                "Finance 360 @ Nordic Retail A/S", "Anne Admin <admin@vendor.example>");
    }
}
