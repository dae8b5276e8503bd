package dk.caseportal.web.home;

import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.web.session.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the home page: the greeting and the customers the user belongs to. */
@Named
@RequestScoped
public class Home {

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityDirectory directory;

    private List<CustomerSummary> customers = List.of();

    @PostConstruct
    void load() {
        currentUser.user().ifPresent(user -> customers = directory.customersOf(user.id()));
    }

    public List<CustomerSummary> getCustomers() {
        return customers;
    }
}
