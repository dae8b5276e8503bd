package dk.caseportal.web.session;

import dk.caseportal.identity.api.CustomerAccess;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user's customers, products and customer-administrator flags, read once per
 * request and shared by everything on the page (header, "Mine sager", profile). Read again on
 * every request, so a change of access shows on the user's next page.
 */
@Named
@RequestScoped
public class SignedInAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityDirectory directory;

    private List<CustomerAccess> customers;

    /** The active customers the user belongs to, ordered by name; empty for the vendor's staff. */
    public List<CustomerAccess> getCustomers() {
        if (customers == null) {
            customers = currentUser.user().filter(u -> u.role() == Role.CUSTOMER)
                    .map(u -> directory.accessOf(u.id()))
                    .orElse(List.of());
        }
        return customers;
    }

    public Optional<CustomerAccess> of(CustomerId customer) {
        return getCustomers().stream().filter(a -> a.customer().id().equals(customer)).findFirst();
    }

    /** Whether the header offers "Brugere": the user administers at least one of their customers. */
    public boolean isCustomerAdministrator() {
        return getCustomers().stream().anyMatch(CustomerAccess::customerAdministrator);
    }
}
