package dk.caseportal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamDetails;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.TeamSummary;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agent teams, and role changes of their members. */
class TeamAdministrationTest {

    private EntityManager em;
    private Transactions tx;
    private TeamAdministrationService teams;
    private IdentityAdministrationService admin;
    private JpaAuditTrail audit;
    private UserId lars;
    private UserId sara;
    private UserId mette;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        audit = new JpaAuditTrail(em, TestAuditContext.anonymous(), Clock.systemUTC());
        teams = new TeamAdministrationService(em, audit, new RecordingEvent<>());
        admin = new IdentityAdministrationService(em, new RecordingEvent<>(), new RecordingEvent<>(), audit,
                Clock.systemUTC());
        lars = tx.inTransaction(() -> user("Lars Nielsen", "lars.nielsen@vendor.example", Role.AGENT));
        sara = tx.inTransaction(() -> user("Sara Berg", "sara.berg@vendor.example", Role.AGENT));
        mette = tx.inTransaction(() -> user("Mette Jensen", "mette.jensen@bpo.example", Role.CUSTOMER));
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private UserId user(String name, String email, Role role) {
        return admin.createUser(new NewUser(name, email, role, Locale.ENGLISH, null));
    }

    private TeamDetails team(String name) {
        return teams.find(name, 0, 1, true).get(0);
    }

    @Test
    void teamsAreCreatedRenamedAndStaffed() {
        TeamId team = tx.inTransaction(() -> teams.create("BPO Team 1"));
        tx.run(() -> teams.addMember(team, sara));
        tx.run(() -> teams.addMember(team, lars));
        tx.run(() -> teams.rename(team, "BPO Team", team("BPO Team 1").version()));
        tx.run(() -> teams.removeMember(team, sara));

        assertThat(team("BPO Team").members()).extracting(UserSummary::name).containsExactly("Lars Nielsen");
        assertThat(audit.find(new AuditQuery(null, null, 0, 20))).extracting(AuditEntry::action).containsExactly(
                AuditAction.TEAM_MEMBER_REMOVED, AuditAction.TEAM_RENAMED, AuditAction.TEAM_MEMBER_ADDED,
                AuditAction.TEAM_MEMBER_ADDED, AuditAction.TEAM_CREATED);
    }

    @Test
    void namesAreUniqueRenamesOfOldVersionsAreRefusedAndOnlyStaffJoin() {
        TeamId team = tx.inTransaction(() -> teams.create("Payroll Team"));
        tx.inTransaction(() -> teams.create("BPO Team 1"));
        long seen = team("Payroll").version();
        tx.run(() -> teams.rename(team, "Payroll", seen));

        assertThatThrownBy(() -> tx.run(() -> teams.create("payroll"))).isInstanceOf(NameAlreadyInUseException.class);
        assertThatThrownBy(() -> tx.run(() -> teams.rename(team, "Løn", seen)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(() -> teams.addMember(team, mette)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(teams.findStaff("e", 10)).extracting(UserSummary::name)
                .containsExactly("Lars Nielsen", "Sara Berg");
        assertThat(teams.count(null)).isEqualTo(2);
        assertThat(teams.find(null, 0, 10, false)).extracting(TeamDetails::name).containsExactly("Payroll", "BPO Team 1");
        // What an agent chooses among on a case: every team, and the staff (no customer's user).
        JpaIdentityDirectory directory = new JpaIdentityDirectory(em);
        assertThat(directory.teams()).extracting(TeamSummary::name).containsExactly("BPO Team 1", "Payroll");
        assertThat(directory.staff()).extracting(UserSummary::name).containsExactly("Lars Nielsen", "Sara Berg");
    }

    @Test
    void anAgentWhoBecomesACustomersUserLeavesTheirTeams() {
        TeamId team = tx.inTransaction(() -> teams.create("Payroll Team"));
        tx.run(() -> teams.addMember(team, sara));
        long version = new JpaIdentityDirectory(em).findUser(sara).orElseThrow().version();

        tx.run(() -> admin.changeRole(sara, Role.CUSTOMER, version));

        assertThat(new JpaIdentityDirectory(em).findUser(sara)).map(UserSummary::role).contains(Role.CUSTOMER);
        assertThat(team("Payroll").members()).isEmpty();
        assertThatThrownBy(() -> tx.run(() -> admin.changeRole(sara, Role.ADMIN, version)))
                .as("based on the version before the change").isInstanceOf(ConcurrentChangeException.class);
        assertThat(audit.find(new AuditQuery(null, AuditAction.ROLE_CHANGED, 0, 1))).singleElement()
                .satisfies(e -> {
                    assertThat(e.before()).isEqualTo("AGENT");
                    assertThat(e.after()).isEqualTo("CUSTOMER");
                });
    }
}
