package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.CaseQuery;
import dk.caseportal.cases.api.CaseStatus;
import dk.caseportal.cases.api.CaseView;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserSummary;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WHERE clause of a case list for one caller: the access policy as conditions (so a page
 * never holds a case the caller may not see), then the chosen view and search.
 */
final class CaseFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private CaseFilter() {
    }

    /** The filter, or empty when the caller can see no case at all in this list. */
    static Optional<CaseFilter> forCaller(UserSummary caller, CaseQuery query, IdentityDirectory directory) {
        if (!caller.active()) {
            return Optional.empty();
        }
        CaseFilter filter = new CaseFilter();
        long me = caller.id().value();
        if (caller.role().isVendorStaff()) {
            if (query.customer() != null) {
                filter.add("c.customerId = :customer", "customer", query.customer().value());
            }
            if (query.view() == CaseView.MY_TEAMS) {
                List<Long> teams = directory.teamsOf(caller.id()).stream().map(t -> t.id().value()).toList();
                if (teams.isEmpty()) {
                    return Optional.empty();
                }
                filter.add("c.teamId IN :teams", "teams", teams);
            } else if (query.view() == CaseView.ASSIGNED_TO_ME) {
                filter.add("c.ownerId = :me", "me", me);
            }
        } else {
            if (query.customer() == null || query.view().isForStaffOnly()) {
                return Optional.empty();
            }
            List<Long> products = directory.productsFor(caller.id(), query.customer()).stream()
                    .map(p -> p.id().value()).toList();
            if (products.isEmpty()) {
                return Optional.empty();
            }
            filter.add("c.customerId = :customer", "customer", query.customer().value());
            filter.add("c.productId IN :products", "products", products);
            filter.add("(c.privateCase = FALSE OR c.contactId = :me)", "me", me);
        }
        if (query.view() == CaseView.OPEN) {
            filter.add("c.status IN :open", "open",
                    Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList());
        } else if (query.view() == CaseView.FOLLOWING) {
            filter.add("EXISTS (SELECT f FROM CaseFollow f WHERE f.caseId = c.id AND f.userId = :follower)",
                    "follower", me);
        }
        filter.search(query.text());
        return Optional.of(filter);
    }

    private void search(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String pattern = Contains.pattern(text);
        Optional<CaseNumber> number = CaseNumber.parse(text);
        if (number.isPresent()) {
            conditions.add("(LOWER(c.title) LIKE :text OR c.caseNumber = :number)");
            parameters.put("number", number.get().value());
        } else {
            conditions.add("LOWER(c.title) LIKE :text");
        }
        parameters.put("text", pattern);
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** ORDER BY for the list's sort column; newest update first by default. */
    static String orderBy(String sortField, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String column = switch (sortField == null ? "" : sortField) {
            case "number" -> "c.caseNumber";
            case "title" -> "LOWER(c.title)";
            case "status" -> rank("c.status", CaseStatus.class, CaseStatus.values());
            case "customerName" -> "c.customerName";
            case "productName" -> "c.productName";
            case "priority" -> rank("c.priority", dk.caseportal.cases.api.Priority.class,
                    dk.caseportal.cases.api.Priority.values());
            case "teamName" -> "c.teamName";
            case "updatedAt" -> "c.updatedAt";
            default -> null;
        };
        // Ties go the same way as the column, so (updated_at, id) is read along its index either way.
        return column == null ? " ORDER BY c.updatedAt DESC, c.id DESC"
                : " ORDER BY " + column + direction + ", c.id" + direction;
    }

    /** Sorts an enum column in the enum's order (priority by severity, status by progress), not alphabetically. */
    private static <E extends Enum<E>> String rank(String column, Class<E> type, E[] values) {
        StringBuilder expression = new StringBuilder("CASE");
        for (E value : values) {
            expression.append(" WHEN ").append(column).append(" = ").append(type.getName()).append('.')
                    .append(value.name()).append(" THEN ").append(value.ordinal());
        }
        return expression.append(" ELSE ").append(values.length).append(" END").toString();
    }
}
