package dk.caseportal.web.admin;

import dk.caseportal.identity.api.IdentityAdministration;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserQuery;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.faces.LazyTables;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
        String role = LazyTables.text(filterBy, "role");
        return new UserQuery(LazyTables.text(filterBy, "name"), role == null ? null : Role.valueOf(role),
                first, pageSize, LazyTables.sortField(sortBy), LazyTables.ascending(sortBy, true));
    }
}
