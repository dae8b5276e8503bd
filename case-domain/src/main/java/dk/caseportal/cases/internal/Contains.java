package dk.caseportal.cases.internal;

import java.util.Locale;

/** A LIKE pattern for "contains this text, ignoring case", with LIKE's own characters taken literally. */
final class Contains {

    private Contains() {
    }

    static String pattern(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
