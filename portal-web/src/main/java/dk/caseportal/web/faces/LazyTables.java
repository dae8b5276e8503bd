package dk.caseportal.web.faces;

import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Reads what a lazy table asks for: a column's filter value, and the column and direction it is sorted by. */
public final class LazyTables {

    private LazyTables() {
    }

    /** @return the value typed or chosen in the column's filter, or null */
    public static Object filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null ? null : meta.getFilterValue();
    }

    /** @return the column filter's value as text, or null when it is empty */
    public static String text(Map<String, FilterMeta> filterBy, String field) {
        Object value = filter(filterBy, field);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** @return the field of the column the table is sorted by, or null when unsorted */
    public static String sortField(Map<String, SortMeta> sortBy) {
        return first(sortBy).map(SortMeta::getField).orElse(null);
    }

    /** @return whether the table is sorted ascending; {@code whenUnsorted} when no column is sorted */
    public static boolean ascending(Map<String, SortMeta> sortBy, boolean whenUnsorted) {
        return first(sortBy).map(s -> s.getOrder() != SortOrder.DESCENDING).orElse(whenUnsorted);
    }

    private static Optional<SortMeta> first(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst();
    }
}
