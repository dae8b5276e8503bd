package dk.caseportal.web.admin;

import dk.caseportal.identity.api.IdentityAdministration;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserQuery;
import dk.caseportal.identity.api.UserSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Users, one page at a time from the database, filtered and sorted there. */
public class LazyUserModel extends LazyDataModel<UserSummary> {

    private static final long serialVersionUID = 1L;

    private final transient IdentityAdministration administration;

    LazyUserModel(IdentityAdministration administration) {
        this.administration = administration;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(administration.countUsers(query(filterBy, 0, 1, Map.of())));
    }

    @Override
    public List<UserSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        return administration.findUsers(query(filterBy, first, pageSize, sortBy));
    }

    private static UserQuery query(Map<String, FilterMeta> filterBy, int first, int pageSize,
                                   Map<String, SortMeta> sortBy) {
        Optional<SortMeta> sort = sortBy.values().stream().findFirst();
        Object role = FilterValues.of(filterBy, "role");
        return new UserQuery((String) FilterValues.of(filterBy, "name"),
                role == null || role.toString().isBlank() ? null : Role.valueOf(role.toString()),
                first, pageSize,
                sort.map(SortMeta::getField).orElse(null),
                sort.map(s -> s.getOrder() != SortOrder.DESCENDING).orElse(true));
    }
}
