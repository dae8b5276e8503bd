package dk.caseportal.web.members;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.MemberAdministration;
import dk.caseportal.identity.api.MemberDetails;
import dk.caseportal.web.faces.LazyTables;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A customer's members by name, one page at a time from the database. */
public class LazyMemberModel extends LazyDataModel<MemberDetails> {

    private static final long serialVersionUID = 1L;
    /** The name column's field; its filter matches name or email. */
    private static final String FILTER = "user.name";

    private final transient MemberAdministration members;
    private final CustomerId customer;

    LazyMemberModel(MemberAdministration members, CustomerId customer) {
        this.members = members;
        this.customer = customer;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(members.countMembers(customer, LazyTables.text(filterBy, FILTER)));
    }

    @Override
    public List<MemberDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        String sortField = LazyTables.sortField(sortBy);
        return members.members(customer, LazyTables.text(filterBy, FILTER), first, pageSize,
                sortField == null ? null : sortField.substring(sortField.lastIndexOf('.') + 1),
                LazyTables.ascending(sortBy, true));
    }
}
