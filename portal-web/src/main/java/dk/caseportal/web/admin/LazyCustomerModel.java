package dk.caseportal.web.admin;

import dk.caseportal.identity.api.CustomerAdministration;
import dk.caseportal.identity.api.CustomerDetails;
import dk.caseportal.identity.api.CustomerQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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
        Optional<SortMeta> sort = sortBy.values().stream().findFirst();
        Object active = FilterValues.of(filterBy, "active");
        return new CustomerQuery((String) FilterValues.of(filterBy, "name"),
                active == null || active.toString().isBlank() ? null : Boolean.valueOf(active.toString()),
                first, pageSize,
                sort.map(SortMeta::getField).orElse(null),
                sort.map(s -> s.getOrder() != SortOrder.DESCENDING).orElse(true));
    }
}
