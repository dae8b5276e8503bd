package dk.caseportal.web.it;

import static dk.caseportal.web.it.CustomerAccessIT.fill;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Administrators keep the value lists, the priority matrix and the assignment rules. */
class AdminCaseSettingsIT extends BrowserTest {

    @BeforeAll
    static void signInAsAdministrator() {
        startAsNewVisitor();
        browser.signIn("admin@vendor.example", PASSWORD);
    }

    private static void openTab(String title) {
        browser.find(By.xpath("//*[@id='settingsForm:tabs']//*[@role='tab'][normalize-space()='" + title + "']"))
                .click();
    }

    @Test
    void aSubjectIsAddedAndRetired() {
        browser.open("/");
        browser.find(By.id("adminCaseSettingsLink")).click();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sagsopsætning");
        assertThat(browser.text(By.cssSelector(".values-SUBJECT"))).contains("Konsulentbistand", "Consultancy");

        browser.find(By.cssSelector(".value-add-SUBJECT")).click();
        fill(browser, "valueForm:labelDa", "Andet");
        fill(browser, "valueForm:labelEn", "Training");
        browser.find(By.id("valueForm:save")).click();
        browser.awaitText(By.id("valueForm"), "Listen har allerede en værdi med denne tekst.");
        fill(browser, "valueForm:labelDa", "Undervisning");
        browser.find(By.id("valueForm:save")).click();
        browser.awaitText(By.id("settingsForm:messages"), "Værdien Undervisning er tilføjet.");
        String subjects = browser.awaitText(By.cssSelector(".values-SUBJECT"), "Undervisning");
        assertThat(subjects.indexOf("Undervisning")).as("added at the end").isGreaterThan(subjects.indexOf("Andet"));

        browser.find(By.xpath("//*[contains(@class, 'values-SUBJECT')]//tr[contains(., 'Undervisning')]"
                + "//*[contains(@class, 'value-retire')]")).click();
        browser.awaitText(By.id("settingsForm:messages"), "Undervisning tilbydes ikke længere.");
        browser.awaitText(By.xpath("//*[contains(@class, 'values-SUBJECT')]//tr[contains(., 'Undervisning')]"),
                "Tilbagekaldt");
    }

    @Test
    void aPriorityIsChangedAndARuleIsAddedAndRemoved() {
        browser.open("/admin/case-settings");
        openTab("Prioritet");
        // Ingen fejl × 100-50% af brugerne påvirket: the first cell of the last row.
        new Select(browser.find(By.xpath("//*[@id='priorityMatrix']/tbody/tr[last()]/td[1]//select")))
                .selectByVisibleText("Middel");
        browser.awaitText(By.id("settingsForm:messages"), "Prioriteten er gemt.");
        browser.open("/admin/case-settings");
        openTab("Prioritet");
        assertThat(new Select(browser.find(By.xpath("//*[@id='priorityMatrix']/tbody/tr[last()]/td[1]//select")))
                .getFirstSelectedOption().getText()).isEqualTo("Middel");

        openTab("Tildelingsregler");
        assertThat(browser.text(By.id("settingsForm:tabs:rules")))
                .contains("Kunde: BPO Account", "BPO Team 1 · Lars Nielsen", "Alle andre sager (reserveregel)");
        browser.find(By.id("settingsForm:tabs:newRule")).click();
        browser.find(By.id("ruleForm:team"));
        browser.choose("ruleForm:product", "Finance 360");
        browser.click(By.id("ruleForm:saveRule"));
        browser.awaitText(By.id("ruleForm"), "Vælg det team, reglen fordeler til.");
        browser.choose("ruleForm:team", "Payroll Team");
        browser.choose("ruleForm:owner", "Sara Berg");
        browser.click(By.id("ruleForm:saveRule"));
        browser.awaitText(By.id("settingsForm:messages"), "Reglen er tilføjet før reserveregel.");
        String rules = browser.awaitText(By.id("settingsForm:tabs:rules"), "Payroll Team · Sara Berg");
        assertThat(rules).contains("Produkt: Finance 360");
        assertThat(rules.indexOf("Finance 360")).isLessThan(rules.indexOf("reserveregel"));

        browser.find(By.xpath("//*[@id='settingsForm:tabs:rules']//tr[contains(., 'Finance 360')]"
                + "//*[contains(@class, 'rule-remove')]")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitText(By.id("settingsForm:messages"), "Reglen er slettet.");
        assertThat(browser.text(By.id("settingsForm:tabs:rules"))).doesNotContain("Finance 360");
    }
}
