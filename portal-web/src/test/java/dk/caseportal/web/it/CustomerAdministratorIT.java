package dk.caseportal.web.it;

import static dk.caseportal.web.it.CustomerAccessIT.check;
import static dk.caseportal.web.it.CustomerAccessIT.fill;
import static dk.caseportal.web.it.CustomerAccessIT.filterTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Patrick is customer administrator of "BPO Account": he manages its users, and nothing of
 * "Nordic Retail A/S", where he is an ordinary user.
 */
class CustomerAdministratorIT extends BrowserTest {

    private static final String OLE = "ole.olsen@bpo.example";

    @BeforeAll
    static void signInAsPatrick() {
        startAsNewVisitor();
        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
    }

    private static long number(String sql) throws SQLException {
        try (Connection db = PortalServer.database(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long accessRows() throws SQLException {
        return number("SELECT COUNT(*) FROM identity.product_access");
    }

    @Test
    void aCustomerAdministratorInvitesAColleagueAndGrantsTheCustomersProducts() throws Exception {
        browser.open("/");
        browser.find(By.id("membersLink")).click();
        assertThat(browser.text(By.id("membersHeading"))).isEqualTo("Brugere hos BPO Account");
        assertThat(browser.text(By.id("membersForm:members"))).contains("Mette Jensen", "Løn ABC", "HR Core")
                .doesNotContain("Sofie Holm");
        assertThat(browser.driver().findElements(By.cssSelector(".member-admin-toggle")))
                .as("only the vendor appoints customer administrators").isEmpty();

        browser.find(By.id("toolbar:invite")).click();
        fill(browser, "inviteForm:name", "Ole Olsen");
        fill(browser, "inviteForm:email", OLE);
        check(browser, "inviteForm:products", "Løn ABC");
        browser.find(By.id("inviteForm:send")).click();
        browser.awaitText(By.id("membersForm:messages"), "Invitationen er sendt til " + OLE + ".");
        Mailbox.awaitMails(OLE, 1);

        filterTable(browser, "membersForm:members", "ole.olsen");
        browser.find(By.cssSelector("[id='membersForm:members_data'] .access-toggle.access-false")).click();
        browser.awaitText(By.id("membersForm:messages"), "Ole Olsen har nu adgang til HR Core.");
        assertThat(number("""
                SELECT COUNT(*) FROM identity.product_access a JOIN identity.app_user u ON u.id = a.user_id
                WHERE u.email = 'ole.olsen@bpo.example'""")).isEqualTo(2);
    }

    @Test
    void anotherCustomersPageIsRefusedAndRecorded() throws Exception {
        long nordic = number("SELECT id FROM identity.customer WHERE name = 'Nordic Retail A/S'");
        long accessBefore = accessRows();

        browser.open("/members?customer=" + nordic);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ingen adgang");
        assertThat(browser.text(By.tagName("body"))).doesNotContain("Sofie Holm");
        assertThat(accessRows()).isEqualTo(accessBefore);
        assertThat(number("""
                SELECT COUNT(*) FROM identity.audit_event
                WHERE action = 'ACCESS_REFUSED' AND actor LIKE 'Patrick Stjerne%' AND target LIKE '%/members%'"""))
                .isPositive();
    }

    @Test
    void aTamperedProductIsRefusedAndChangesNothing() throws Exception {
        long finance = number("SELECT id FROM identity.product WHERE name = 'Finance 360'");
        long accessBefore = accessRows();
        browser.open("/members");
        browser.find(By.id("membersHeading"));

        // The page offers only BPO's products; the request is altered to name Nordic Retail's product.
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const select = document.getElementById('bulkForm:bulkProduct_input');
                select.options[1].value = arguments[0];
                select.selectedIndex = 1;""", String.valueOf(finance));
        browser.find(By.id("bulkForm:grantToAll")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitText(By.id("bulkForm"), "Vælg en af de tilbudte værdier. Intet er ændret.");

        assertThat(accessRows()).isEqualTo(accessBefore);
        assertThat(number("SELECT COUNT(*) FROM identity.product_access WHERE product_id = " + finance
                + " AND customer_id = (SELECT id FROM identity.customer WHERE name = 'BPO Account')")).isZero();
    }
}
