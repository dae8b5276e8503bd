package dk.caseportal.attachments.api;

/** Where a file stands with the virus scanner. */
public enum ScanState {
    /** Waiting for the scanner's verdict: listed, not downloadable. */
    PENDING,
    /** The scanner found nothing. */
    CLEAN,
    /** No scanner is configured. */
    UNSCANNED,
    /** The scanner found malware: quarantined, never served. */
    INFECTED;

    public boolean downloadable() {
        return this == CLEAN || this == UNSCANNED;
    }
}
