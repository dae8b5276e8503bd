package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.UserQuery;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of the administrators' user list: only the conditions that are set. */
record UserFilter(UserQuery query) {

    String where() {
        List<String> conditions = new ArrayList<>();
        if (pattern() != null) {
            conditions.add("(LOWER(u.name) LIKE :text OR LOWER(u.email) LIKE :text)");
        }
        if (query.role() != null) {
            conditions.add("u.role = :role");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> typed) {
        if (pattern() != null) {
            typed.setParameter("text", pattern());
        }
        if (query.role() != null) {
            typed.setParameter("role", query.role());
        }
        return typed;
    }

    private String pattern() {
        return LikePattern.containing(query.text());
    }
}
