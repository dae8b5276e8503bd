package dk.caseportal.web.admin;

import dk.caseportal.notifications.api.OutboxAdministration;
import dk.caseportal.notifications.api.OutboxEntry;
import dk.caseportal.notifications.api.OutboxQuery;
import dk.caseportal.notifications.api.OutboxStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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
        Optional<SortMeta> sort = sortBy.values().stream().findFirst();
        return outbox.find(new OutboxQuery(status(filterBy), recipient(filterBy), first, pageSize,
                sort.map(SortMeta::getField).orElse(null),
                sort.map(s -> s.getOrder() == SortOrder.ASCENDING).orElse(false)));
    }

    private static OutboxStatus status(Map<String, FilterMeta> filterBy) {
        Object value = FilterValues.of(filterBy, "status");
        return value == null || value.toString().isBlank() ? null : OutboxStatus.valueOf(value.toString());
    }

    private static String recipient(Map<String, FilterMeta> filterBy) {
        return FilterValues.text(filterBy, "recipient");
    }
}
