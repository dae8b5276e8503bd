package dk.caseportal.attachments.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file the caller may download: what to tell the browser, and its content, read in pieces when
 * {@link #open()} is read. {@code rasterImage} says it may be shown inline (png, jpeg, gif, webp).
 */
public record FileDownload(String fileName, String contentType, long sizeBytes, String sha256,
                           boolean rasterImage, Content content) {

    public InputStream open() throws IOException {
        return content.open();
    }

    /** The content, opened when the response is written. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
