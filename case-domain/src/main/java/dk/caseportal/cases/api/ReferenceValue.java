package dk.caseportal.cases.api;

import java.util.Locale;

/**
 * One value of a reference list, with its Danish and English label; {@code version} detects
 * concurrent edits by administrators.
 */
public record ReferenceValue(long id, ReferenceKind kind, String code, String labelDa, String labelEn,
                             int position, boolean active, long version) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelDa;
    }
}
