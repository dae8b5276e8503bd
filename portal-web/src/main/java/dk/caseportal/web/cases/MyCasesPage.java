package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseView;
import dk.caseportal.cases.api.Cases;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserPreferences;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.session.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/**
 * Backs "Mine sager" on the home page: "Vælg kunde" (remembered for the user), "Vælg visning",
 * a search on title and case number, and the lazy table. The vendor's staff see every customer's
 * cases, with a customer column, and two views of their own.
 */
@Named
@ViewScoped
public class MyCasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cases cases;

    @Inject
    transient IdentityDirectory directory;

    @Inject
    transient UserPreferences preferences;

    @Inject
    CurrentUser currentUser;

    private List<CustomerSummary> customers = List.of();
    private Long customerId;
    private CaseView view = CaseView.OPEN;
    private String search;
    private LazyCaseModel list;

    @PostConstruct
    void init() {
        UserSummary user = currentUser.getUser();
        if (isStaff()) {
            customers = directory.activeCustomers();
        } else {
            customers = directory.customersOf(user.id());
            customerId = preferences.selectedCustomer(user.id()).map(CustomerId::value)
                    .or(() -> customers.stream().findFirst().map(c -> c.id().value()))
                    .orElse(null);
        }
        list = new LazyCaseModel(cases, () -> new LazyCaseModel.Selection(
                customerId == null ? null : new CustomerId(customerId), view, search));
    }

    /** Remembers the customer chosen, so "Mine sager" opens on it next time. */
    public void customerChanged() {
        if (customerId != null && !isStaff()) {
            preferences.selectCustomer(currentUser.getUser().id(), new CustomerId(customerId));
        }
        selectionChanged();
    }

    /** Another customer, view or search starts the list on its first page. */
    public void selectionChanged() {
        DataTable table = (DataTable) Components.findComponent("casesForm:cases");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public boolean isStaff() {
        return currentUser.getUser().role().isVendorStaff();
    }

    public List<CaseView> getViews() {
        return Arrays.stream(CaseView.values()).filter(v -> isStaff() || !v.isForStaffOnly()).toList();
    }

    public List<CustomerSummary> getCustomers() {
        return customers;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public CaseView getView() {
        return view;
    }

    public void setView(CaseView view) {
        this.view = view;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LazyCaseModel getList() {
        return list;
    }
}
