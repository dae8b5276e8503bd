package dk.caseportal.web.it;

import static dk.caseportal.web.it.CustomerAccessIT.fill;
import static dk.caseportal.web.it.CustomerAccessIT.filterTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Administrators keep the agent teams and change users' roles. */
class AdminTeamsIT extends BrowserTest {

    @BeforeAll
    static void signInAsAdministrator() throws Exception {
        try (Connection db = PortalServer.database(); Statement statement = db.createStatement()) {
            statement.executeUpdate("INSERT INTO identity.app_user (id, name, email, role)"
                    + " VALUES (900001, 'Rolf Rolle', 'rolf.rolle@vendor.example', 'AGENT')");
        }
        startAsNewVisitor();
        browser.signIn("admin@vendor.example", PASSWORD);
    }

    private static void choose(String autocompleteId, String typed, String suggestion) {
        WebElement input = browser.find(By.id(autocompleteId + "_input"));
        input.clear();
        input.sendKeys(typed);
        browser.find(By.xpath("//*[@id='" + autocompleteId + "_panel']//li[contains(., '" + suggestion + "')]"))
                .click();
    }

    @Test
    void anAgentJoinsATeamAndLeavesItWhenTheirRoleBecomesCustomer() {
        browser.find(By.id("adminTeamsLink")).click();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Teams");
        assertThat(browser.text(By.id("teamsForm:teams"))).contains("BPO Team 1", "Lars Nielsen");
        // Sorted by name, then by name descending (a click on the column title, not on its filter).
        By nameTitle = By.xpath("//*[@id='teamsForm:teams']//th[contains(@class, 'ui-sortable-column')]"
                + "//span[contains(@class, 'ui-column-title')]");
        browser.find(nameTitle).click();
        browser.awaitAjax();
        assertThat(browser.text(By.cssSelector("[id='teamsForm:teams_data'] > tr:first-child"))).contains("BPO Team 1");
        browser.find(nameTitle).click();
        browser.awaitText(By.cssSelector("[id='teamsForm:teams_data'] > tr:first-child"), "Payroll Team");

        browser.find(By.id("toolbar:newTeam")).click();
        fill(browser, "teamForm:name", "bpo team 1");
        browser.find(By.id("teamForm:save")).click();
        browser.awaitText(By.id("teamForm"), "Der findes allerede et team med dette navn.");
        fill(browser, "teamForm:name", "Finance Team");
        browser.find(By.id("teamForm:save")).click();
        browser.awaitText(By.id("teamsForm:messages"), "Teamet Finance Team er oprettet.");

        filterTable(browser, "teamsForm:teams", "Finance Team");
        browser.find(By.cssSelector(".team-staff")).click();
        assertThat(browser.text(By.id("staffedTeam"))).isEqualTo("Finance Team");
        choose("membersForm:agent", "rolf", "Rolf Rolle");
        browser.find(By.id("membersForm:addAgent")).click();
        browser.awaitText(By.id("membersForm:teamMembers"), "Rolf Rolle");
        browser.find(By.id("membersForm:refreshTeams")).click();
        browser.awaitText(By.id("teamsForm:teams_data"), "Rolf Rolle");

        // Rolf becomes a customer's user, and with that leaves the team.
        browser.find(By.id("adminUsersLink")).click();
        filterTable(browser, "usersForm:users", "rolf.rolle");
        browser.find(By.cssSelector(".user-change-role")).click();
        browser.find(By.id("roleForm:role"));
        // The select's own list, as the page submits it (the styled list around it is PrimeFaces' concern).
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('roleForm:role_input').value = 'CUSTOMER';");
        browser.find(By.id("roleForm:saveRole")).click();
        browser.awaitText(By.id("usersForm:messages"), "Rolf Rolle er nu: Kunde.");

        browser.find(By.id("adminTeamsLink")).click();
        filterTable(browser, "teamsForm:teams", "Finance Team");
        assertThat(browser.text(By.id("teamsForm:teams_data"))).doesNotContain("Rolf Rolle");
    }
}
