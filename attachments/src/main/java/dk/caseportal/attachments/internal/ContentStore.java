package dk.caseportal.attachments.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where files' content lives, by the attachment's internal id. Both ways are streams, so a file of
 * any size passes in constant memory. The default is the database ({@link DatabaseContentStore});
 * a file-system or S3-compatible store would implement this and be chosen by configuration.
 */
public interface ContentStore {

    /**
     * Writes the content, in the caller's transaction, reading at most {@code maxBytes + 1} bytes:
     * one more than allowed says the content is over the limit.
     */
    StoredContent write(long attachmentId, InputStream content, long maxBytes) throws IOException;

    /** The content, read piece by piece as the stream is read. */
    InputStream read(long attachmentId) throws IOException;
}
