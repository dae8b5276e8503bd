package dk.caseportal.web.it;

import static dk.caseportal.web.it.CustomerAccessIT.check;
import static dk.caseportal.web.it.CustomerAccessIT.fill;
import static dk.caseportal.web.it.CustomerAccessIT.filterTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Administrators keep the customer list and each customer's licensed products. */
class AdminCustomersIT extends BrowserTest {

    @BeforeAll
    static void signInAsAdministrator() {
        startAsNewVisitor();
        browser.signIn("admin@vendor.example", PASSWORD);
        browser.find(By.id("adminCustomersLink")).click();
    }

    private static void awaitDialogClosed(String fieldId) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(fieldId)));
    }

    @Test
    void aCustomerIsCreatedWithLicensedProductsAndAStaleEditIsRefused() throws Exception {
        browser.find(By.id("toolbar:newCustomer")).click();
        fill(browser, "customerForm:name", "Alfa Bank A/S");
        browser.find(By.id("customerForm:save")).click();
        browser.awaitText(By.id("customerForm"), "Skriv kundenummeret.");
        fill(browser, "customerForm:number", "10001");
        browser.find(By.id("customerForm:save")).click();
        browser.awaitText(By.id("customerForm"), "En anden kunde har dette kundenummer.");
        assertThat(browser.find(By.id("customerForm:name")).getAttribute("value")).isEqualTo("Alfa Bank A/S");
        fill(browser, "customerForm:number", "30001");
        browser.find(By.id("customerForm:save")).click();
        browser.awaitText(By.id("customersForm:messages"), "Kunden Alfa Bank A/S er oprettet.");
        awaitDialogClosed("customerForm:name");

        filterTable(browser, "customersForm:customers", "Alfa Bank");
        browser.find(By.cssSelector(".customer-licences")).click();
        check(browser, "productsForm:licensed", "HR Core");
        check(browser, "productsForm:licensed", "Finance 360");
        browser.find(By.id("productsForm:saveProducts")).click();
        browser.awaitText(By.id("customersForm:messages"), "Produkterne for Alfa Bank A/S er gemt.");
        browser.awaitText(By.id("customersForm:customers_data"), "Finance 360, HR Core");

        // Another administrator changes the customer while this one has the dialog open.
        browser.find(By.cssSelector(".customer-edit")).click();
        browser.find(By.id("customerForm:name"));
        try (Connection db = PortalServer.database();
             PreparedStatement other = db.prepareStatement(
                     "UPDATE identity.customer SET name = 'Alfa Bank', version = version + 1 WHERE name = 'Alfa Bank A/S'")) {
            assertThat(other.executeUpdate()).isEqualTo(1);
        }
        fill(browser, "customerForm:name", "Alfa Bank Danmark A/S");
        browser.find(By.id("customerForm:save")).click();
        browser.awaitText(By.id("customerForm"), "En anden har ændret kunden, mens du redigerede. Intet er gemt.");
        assertThat(browser.find(By.id("customerForm:name")).getAttribute("value")).isEqualTo("Alfa Bank Danmark A/S");
    }

    @Test
    void aDeactivatedCustomerDisappearsFromItsUsersHome() {
        browser.open("/admin/customers");
        browser.find(By.id("toolbar:newCustomer")).click();
        fill(browser, "customerForm:name", "Beta Byg ApS");
        fill(browser, "customerForm:number", "30002");
        browser.find(By.id("customerForm:save")).click();
        browser.awaitText(By.id("customersForm:messages"), "Kunden Beta Byg ApS er oprettet.");
        awaitDialogClosed("customerForm:name");

        filterTable(browser, "customersForm:customers", "Beta Byg");
        browser.find(By.cssSelector(".customer-deactivate")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitText(By.id("customersForm:messages"), "Beta Byg ApS er deaktiveret.");
        browser.awaitText(By.id("customersForm:customers_data"), "Deaktiveret");
        browser.find(By.cssSelector(".customer-reactivate")).click();
        browser.awaitText(By.id("customersForm:messages"), "Beta Byg ApS er aktiv igen.");
    }

    @Test
    void theAdministrationPagesSpeakEnglishToo() {
        browser.open("/admin/customers");
        browser.find(By.id("languageForm:en")).click();
        try {
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Customers");
            assertThat(browser.text(By.id("customersForm:customers"))).contains("Customer number", "Licensed products");
            filterTable(browser, "customersForm:customers", "BPO Account");
            browser.find(By.cssSelector("a.customer-members")).click();
            assertThat(browser.text(By.id("membersHeading"))).isEqualTo("Users at BPO Account");
            assertThat(browser.text(By.id("membersForm:members"))).contains("Patrick Stjerne", "Customer administrator");
            browser.find(By.id("adminTeamsLink")).click();
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Teams");
            assertThat(browser.text(By.id("teamsForm:teams"))).contains("Agents", "BPO Team 1");
        } finally {
            browser.find(By.id("languageForm:da")).click();
            browser.find(By.id("languageForm:da"));
        }
    }
}
