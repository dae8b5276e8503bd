package dk.caseportal.web.members;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.MemberAdministration;
import dk.caseportal.identity.api.MemberDetails;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A customer's members by name, one page at a time from the database. */
public class LazyMemberModel extends LazyDataModel<MemberDetails> {

    private static final long serialVersionUID = 1L;

    private final transient MemberAdministration members;
    private final CustomerId customer;

    LazyMemberModel(MemberAdministration members, CustomerId customer) {
        this.members = members;
        this.customer = customer;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(members.countMembers(customer, text(filterBy)));
    }

    @Override
    public List<MemberDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        return members.members(customer, text(filterBy), first, pageSize);
    }

    private static String text(Map<String, FilterMeta> filterBy) {
        FilterMeta meta = filterBy.get("user.name");
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }
}
