package dk.caseportal.web.admin;

import java.util.Map;
import org.primefaces.model.FilterMeta;

/** Reads a column's filter value from a lazy table's filter map. */
final class FilterValues {

    private FilterValues() {
    }

    /** @return the value typed or chosen in the column's filter, or null */
    static Object of(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null ? null : meta.getFilterValue();
    }

    static String text(Map<String, FilterMeta> filterBy, String field) {
        Object value = of(filterBy, field);
        return value == null ? null : value.toString();
    }
}
