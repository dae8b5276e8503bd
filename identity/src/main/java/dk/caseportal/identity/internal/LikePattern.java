package dk.caseportal.identity.internal;

import java.util.Locale;

/** A search text as a LIKE pattern for "contains, ignoring case", with wildcards taken literally. */
final class LikePattern {

    private LikePattern() {
    }

    /** @return the pattern, or null when there is nothing to search for */
    static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
