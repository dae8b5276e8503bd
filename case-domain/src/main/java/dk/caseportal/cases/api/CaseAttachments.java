package dk.caseportal.cases.api;

import java.io.InputStream;

/**
 * Files attached to a case other than through the case page's upload — the attachments of a
 * reply by mail — for the caller, with the attachments module's checks. A module that may not
 * know the attachments module asks here.
 */
public interface CaseAttachments {

    /**
     * @throws CaseFileRefusedException when the file breaks a rule (nothing is stored; the caller's
     *                                  transaction is rolled back)
     * @throws dk.caseportal.identity.api.AccessRefusedException when the caller may not add files to the case
     */
    void attach(CaseNumber number, String fileName, InputStream content);
}
