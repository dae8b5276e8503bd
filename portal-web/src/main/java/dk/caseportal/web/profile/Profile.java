package dk.caseportal.web.profile;

import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.web.session.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the profile page: the user's details and, per customer, the products they may use. */
@Named
@RequestScoped
public class Profile {

    /** One customer and the products the user has access to there. */
    public record CustomerAccess(CustomerSummary customer, List<ProductSummary> products) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityDirectory directory;

    private List<CustomerAccess> access = List.of();

    @PostConstruct
    void load() {
        currentUser.user().ifPresent(user -> access = directory.customersOf(user.id()).stream()
                .map(customer -> new CustomerAccess(customer, directory.productsFor(user.id(), customer.id())))
                .toList());
    }

    public List<CustomerAccess> getAccess() {
        return access;
    }
}
