package dk.caseportal.web.admin;

import dk.caseportal.identity.api.CustomerAdministration;
import dk.caseportal.identity.api.CustomerDetails;
import dk.caseportal.identity.api.CustomerQuery;
import dk.caseportal.web.faces.LazyTables;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Customers, one page at a time from the database, filtered and sorted there. */
public class LazyCustomerModel extends LazyDataModel<CustomerDetails> {

    private static final long serialVersionUID = 1L;

    private final transient CustomerAdministration customers;

    LazyCustomerModel(CustomerAdministration customers) {
        this.customers = customers;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(customers.count(query(filterBy, 0, 1, Map.of())));
    }

    @Override
    public List<CustomerDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
        return customers.find(query(filterBy, first, pageSize, sortBy));
    }

    private static CustomerQuery query(Map<String, FilterMeta> filterBy, int first, int pageSize,
                                       Map<String, SortMeta> sortBy) {
        String active = LazyTables.text(filterBy, "active");
        return new CustomerQuery(LazyTables.text(filterBy, "name"), active == null ? null : Boolean.valueOf(active),
                first, pageSize, LazyTables.sortField(sortBy), LazyTables.ascending(sortBy, true));
    }
}
