package dk.caseportal.web.demo;

import dk.caseportal.cases.api.AssignmentRules;
import dk.caseportal.cases.api.RuleSpec;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.IdentityAdministration;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.web.platform.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo world of the user guide: the vendor's administrator and two agents, the customers
 * "BPO Account" and "Nordic Retail A/S", and their users. Loaded only when
 * {@code portal.demo-data=true} (the run command sets it) and the database has no users yet.
 */
@ApplicationScoped
public class DemoData {

    /** Every demo user's password; printed by the run command and listed in the README. */
    public static final String PASSWORD = "Demo-Portal-1";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    IdentityDirectory directory;

    @Inject
    IdentityAdministration admin;

    @Inject
    AssignmentRules rules;

    @Transactional
    void loadIfWanted(@Observes SchemaMigrated event) {
        if (!enabled) {
            return;
        }
        if (!directory.isEmpty()) {
            LOG.info("Demo data not loaded: the database already has users");
            return;
        }
        load();
        LOG.info("Demo data loaded");
    }

    private void load() {
        ProductId lon = admin.createProduct("Løn ABC");
        ProductId hr = admin.createProduct("HR Core");
        ProductId finance = admin.createProduct("Finance 360");

        CustomerId bpo = admin.createCustomer("BPO Account", "10001");
        admin.licenseProduct(bpo, lon);
        admin.licenseProduct(bpo, hr);
        CustomerId nordic = admin.createCustomer("Nordic Retail A/S", "10002");
        admin.licenseProduct(nordic, finance);

        user("Anne Admin", "admin@vendor.example", Role.ADMIN, DANISH);
        UserId lars = user("Lars Nielsen", "lars.nielsen@vendor.example", Role.AGENT, DANISH);
        UserId sara = user("Sara Berg", "sara.berg@vendor.example", Role.AGENT, DANISH);
        TeamId bpoTeam = admin.createTeam("BPO Team 1");
        admin.addTeamMember(bpoTeam, lars);
        TeamId payrollTeam = admin.createTeam("Payroll Team");
        admin.addTeamMember(payrollTeam, sara);
        // BPO Account's cases go to Lars on BPO Team 1; everything else to the Payroll Team.
        rules.add(new RuleSpec(bpo, null, null, null, null, bpoTeam, lars));
        rules.routeFallbackTo(payrollTeam, null);

        UserId patrick = user("Patrick Stjerne", "patrick.stjerne@bpo.example", Role.CUSTOMER, DANISH);
        admin.addCustomerAdministrator(patrick, bpo);
        admin.grantProductAccess(patrick, bpo, lon);
        admin.grantProductAccess(patrick, bpo, hr);
        admin.addMembership(patrick, nordic);
        admin.grantProductAccess(patrick, nordic, finance);

        UserId mette = user("Mette Jensen", "mette.jensen@bpo.example", Role.CUSTOMER, DANISH);
        admin.addMembership(mette, bpo);
        admin.grantProductAccess(mette, bpo, lon);

        UserId sofie = user("Sofie Holm", "sofie.holm@nordicretail.example", Role.CUSTOMER, Locale.ENGLISH);
        admin.addMembership(sofie, nordic);
        admin.grantProductAccess(sofie, nordic, finance);
    }

    private UserId user(String name, String email, Role role, Locale locale) {
        return admin.createUser(new NewUser(name, email, role, locale, PASSWORD));
    }
}
