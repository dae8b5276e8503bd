package dk.caseportal.web.admin;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.AuditTrail;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail, newest first, one page at a time from the database. */
public class LazyAuditModel extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    private final transient AuditTrail trail;

    LazyAuditModel(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(trail.count(query(filterBy, 0, 1)));
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        return trail.find(query(filterBy, first, pageSize));
    }

    private static AuditQuery query(Map<String, FilterMeta> filterBy, int first, int pageSize) {
        Object action = FilterValues.of(filterBy, "action");
        return new AuditQuery((String) FilterValues.of(filterBy, "actor"),
                action == null || action.toString().isBlank() ? null : AuditAction.valueOf(action.toString()),
                first, pageSize);
    }
}
