package dk.caseportal.web.admin;

import dk.caseportal.notifications.api.OutboxAdministration;
import dk.caseportal.notifications.api.OutboxEntry;
import dk.caseportal.notifications.api.OutboxQuery;
import dk.caseportal.notifications.api.OutboxStatus;
import dk.caseportal.web.faces.LazyTables;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The outbox, one page at a time from the database, filtered and sorted there. */
public class LazyOutboxModel extends LazyDataModel<OutboxEntry> {

    private static final long serialVersionUID = 1L;

    private final transient OutboxAdministration outbox;

    LazyOutboxModel(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(outbox.count(status(filterBy), recipient(filterBy)));
    }

    @Override
    public List<OutboxEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        // Newest first until the administrator sorts by a column.
        return outbox.find(new OutboxQuery(status(filterBy), recipient(filterBy), first, pageSize,
                LazyTables.sortField(sortBy), LazyTables.ascending(sortBy, false)));
    }

    private static OutboxStatus status(Map<String, FilterMeta> filterBy) {
        String value = LazyTables.text(filterBy, "status");
        return value == null ? null : OutboxStatus.valueOf(value);
    }

    private static String recipient(Map<String, FilterMeta> filterBy) {
        return LazyTables.text(filterBy, "recipient");
    }
}
