package dk.caseportal.attachments.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Content in PostgreSQL, in rows of at most 1 MiB ({@code attachment_chunk}): a write inserts one
 * piece at a time and a read selects one piece at a time, so neither holds more than a piece in
 * memory, whatever the file's size. Plain rows rather than large objects: they go with the
 * attachment when it is deleted, need no special connection API, and are backed up with the rest.
 */
@ApplicationScoped
public class DatabaseContentStore implements ContentStore {

    static final int CHUNK_BYTES = 1024 * 1024;

    @Inject
    ChunkRows rows;

    protected DatabaseContentStore() {
        // for CDI
    }

    DatabaseContentStore(EntityManager em) {
        this.rows = new ChunkRows(em);
    }

    @Override
    public StoredContent write(long attachmentId, InputStream content, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[CHUNK_BYTES];
        long total = 0;
        int seq = 0;
        while (true) {
            int filled = content.readNBytes(buffer, 0, buffer.length);
            if (filled == 0) {
                break;
            }
            total += filled;
            if (total > maxBytes) {
                return new StoredContent(total, null, true);
            }
            sha256.update(buffer, 0, filled);
            rows.insert(attachmentId, seq++, filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled));
            if (filled < buffer.length) {
                break;
            }
        }
        return new StoredContent(total, HexFormat.of().formatHex(sha256.digest()), false);
    }

    @Override
    public InputStream read(long attachmentId) {
        return new ChunkStream(attachmentId);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Fetches the next piece only when the previous one has been read. */
    private final class ChunkStream extends InputStream {

        private final long attachmentId;
        private int nextSeq;
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        ChunkStream(long attachmentId) {
            this.attachmentId = attachmentId;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (ended) {
                    return -1;
                }
                byte[] next = rows.select(attachmentId, nextSeq++);
                if (next == null) {
                    ended = true;
                    return -1;
                }
                current = next;
                position = 0;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, count);
            position += count;
            return count;
        }
    }
}
