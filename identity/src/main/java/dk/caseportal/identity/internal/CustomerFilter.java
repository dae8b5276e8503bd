package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.CustomerQuery;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of the administrators' customer list: only the conditions that are set. */
record CustomerFilter(CustomerQuery query) {

    String where() {
        List<String> conditions = new ArrayList<>();
        if (pattern() != null) {
            conditions.add("(LOWER(c.name) LIKE :text OR LOWER(c.customerNumber) LIKE :text)");
        }
        if (query.active() != null) {
            conditions.add("c.active = :active");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> typed) {
        if (pattern() != null) {
            typed.setParameter("text", pattern());
        }
        if (query.active() != null) {
            typed.setParameter("active", query.active());
        }
        return typed;
    }

    private String pattern() {
        return LikePattern.containing(query.text());
    }
}
