package dk.caseportal.web.admin;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.web.faces.LazyTables;
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
        AuditQuery query = query(filterBy, first, pageSize);
        // Newest first unless the administrator sorts the time column ascending.
        return trail.find(new AuditQuery(query.text(), query.action(), first, pageSize,
                LazyTables.sortField(sortBy) != null && LazyTables.ascending(sortBy, false)));
    }

    private static AuditQuery query(Map<String, FilterMeta> filterBy, int first, int pageSize) {
        String action = LazyTables.text(filterBy, "action");
        return new AuditQuery(LazyTables.text(filterBy, "actor"), action == null ? null : AuditAction.valueOf(action),
                first, pageSize);
    }
}
