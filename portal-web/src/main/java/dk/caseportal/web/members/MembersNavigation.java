package dk.caseportal.web.members;

import dk.caseportal.identity.api.MemberAdministration;
import dk.caseportal.identity.api.Role;
import dk.caseportal.web.session.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the header offers "Brugere" to a customer administrator; asked on every request, so a
 * customer administrator appointed or removed sees the change on their next page.
 */
@Named
@RequestScoped
public class MembersNavigation {

    @Inject
    MemberAdministration members;

    @Inject
    CurrentUser currentUser;

    private Boolean customerAdministrator;

    public boolean isCustomerAdministrator() {
        if (customerAdministrator == null) {
            customerAdministrator = currentUser.user().filter(u -> u.role() == Role.CUSTOMER).isPresent()
                    && !members.administeredCustomers().isEmpty();
        }
        return customerAdministrator;
    }
}
