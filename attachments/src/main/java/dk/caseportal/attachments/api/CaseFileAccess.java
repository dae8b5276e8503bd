package dk.caseportal.attachments.api;

import java.util.Optional;

/**
 * What the attachments module asks the case module about the signed-in caller: a case's files are
 * exactly as visible as the case. Implemented by case-domain with its case access policy, and asked
 * again on every request.
 */
public interface CaseFileAccess {

    /** The signed-in caller; empty when nobody is signed in. */
    Optional<FileUser> caller();

    /** Whether the caller may see the case, and so list and download its files. */
    boolean mayRead(long caseNumber);

    /** Whether the caller may attach files to the case. */
    boolean mayAdd(long caseNumber);

    /** Whether the caller may remove a file of the case: its uploader, or the vendor's agents. */
    boolean mayRemove(long caseNumber, long uploaderId);
}
