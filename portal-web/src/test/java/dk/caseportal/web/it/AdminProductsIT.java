package dk.caseportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Administrators keep the product list; two administrators never overwrite each other silently. */
class AdminProductsIT extends BrowserTest {

    @BeforeAll
    static void signInAsAdministrator() {
        startAsNewVisitor();
        browser.signIn("admin@vendor.example", PASSWORD);
        browser.find(By.id("adminProductsLink")).click();
    }

    private static void fillName(String value) {
        WebElement field = browser.find(By.id("productForm:name"));
        field.clear();
        field.sendKeys(value);
        browser.find(By.id("productForm:save")).click();
    }

    private static void search(String text) {
        WebElement filter = browser.find(By.cssSelector("th input.ui-column-filter"));
        filter.clear();
        filter.sendKeys(text);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<WebElement> rows = driver.findElements(By.cssSelector("[id='productsForm:products_data'] > tr"));
                    return rows.size() == 1 && rows.get(0).getText().contains(text);
                });
    }

    @Test
    void aProductIsCreatedAndAStaleRenameIsRefusedKeepingWhatWasTyped() throws Exception {
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Produkter");
        assertThat(browser.text(By.id("productsForm:products"))).contains("Løn ABC", "HR Core", "Finance 360");

        browser.find(By.id("toolbar:newProduct")).click();
        fillName("løn abc");
        browser.awaitText(By.id("productForm"), "Der findes allerede et produkt med dette navn.");
        fillName("Payroll Cloud");
        browser.awaitText(By.id("productsForm:messages"), "Produktet Payroll Cloud er oprettet.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("productForm:name")));

        // Another administrator renames it while this one has the dialog open.
        search("Payroll Cloud");
        browser.find(By.cssSelector(".product-rename")).click();
        browser.find(By.id("productForm:name"));
        try (Connection db = PortalServer.database();
             PreparedStatement other = db.prepareStatement(
                     "UPDATE identity.product SET name = 'Payroll Cloud EU', version = version + 1"
                             + " WHERE name = 'Payroll Cloud'")) {
            assertThat(other.executeUpdate()).isEqualTo(1);
        }
        fillName("Payroll Cloud Nordic");

        browser.awaitText(By.id("productForm"), "Produktet er blevet ændret af en anden, mens du redigerede.");
        assertThat(browser.find(By.id("productForm:name")).getAttribute("value")).isEqualTo("Payroll Cloud Nordic");
        try (Connection db = PortalServer.database();
             PreparedStatement names = db.prepareStatement(
                     "SELECT COUNT(*) FROM identity.product WHERE name = 'Payroll Cloud Nordic'");
             var result = names.executeQuery()) {
            result.next();
            assertThat(result.getInt(1)).as("nothing was saved").isZero();
        }
    }

    @Test
    void aRetiredProductCanBeReinstated() {
        browser.open("/admin/products");
        browser.find(By.id("toolbar:newProduct")).click();
        fillName("Legacy Suite");
        browser.awaitText(By.id("productsForm:messages"), "Produktet Legacy Suite er oprettet.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("productForm:name")));

        search("Legacy Suite");
        browser.find(By.cssSelector(".product-retire")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitText(By.id("productsForm:messages"), "Legacy Suite er tilbagekaldt.");
        browser.awaitText(By.id("productsForm:products"), "Tilbagekaldt");

        browser.find(By.cssSelector(".product-reinstate")).click();
        browser.awaitText(By.id("productsForm:messages"), "Legacy Suite er aktivt igen.");
    }
}
