package dk.caseportal.web.cases;

import java.io.Serializable;

/**
 * One line of the case page's "Detaljer" or "Information": its label and value in the page's
 * language.
 *
 * @param id   the value's element id (tests and links find it by this), or null
 * @param html the value is the description as HTML the portal made itself (escaped, with line
 *             breaks), written as it is; otherwise text, escaped as it is written
 */
public record CaseFact(String label, String id, String value, boolean html) implements Serializable {

    static CaseFact text(String label, String id, String value) {
        return new CaseFact(label, id, value, false);
    }
}
