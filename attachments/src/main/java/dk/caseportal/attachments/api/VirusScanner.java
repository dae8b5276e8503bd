package dk.caseportal.attachments.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * Looks for malware in a file's content. The portal scans every stored file with the configured
 * scanner before anyone may download it; a scanner that cannot answer (down, timed out) throws,
 * and the file waits for the next attempt.
 */
public interface VirusScanner {

    /** @throws IOException when the scanner gave no verdict; the file stays waiting */
    ScanVerdict scan(InputStream content) throws IOException;

    /** Whether files wait for this scanner at all; without a scanner they are served unscanned. */
    default boolean enabled() {
        return true;
    }
}
