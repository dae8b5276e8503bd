package dk.caseportal.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.attachments.api.FileDownload;
import dk.caseportal.attachments.api.FileSummary;
import dk.caseportal.attachments.api.FileUser;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * A 100 MB file goes in and out in pieces: this module's tests run with a 96 MB heap
 * (surefire's argLine), so a store that held the file in memory would fail here.
 */
class LargeFileTest {

    private static final long SIZE = 100L * 1024 * 1024;
    private static final long CASE = 2001;

    @Test
    void aHundredMegabyteFileIsStoredAndReadBackInConstantMemory() throws Exception {
        TestDatabase.clear();
        FileUser patrick = new FileUser(101, "Patrick Stjerne");
        FakeCaseAccess access = new FakeCaseAccess().sees(patrick, CASE).signIn(patrick);
        EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
        AttachmentService attachments = new AttachmentService(em, access, new AttachmentSettings(150, 250),
                ScannerProducer.NONE, new RecordedEvents<>(), new RecordedEvents<>(), new RecordedEvents<>(),
                Clock.systemUTC());
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap is smaller than the file").isLessThan(SIZE);
        GeneratedPdf upload = new GeneratedPdf(SIZE);

        FileSummary stored = new Transactions(em).inTransaction(() -> attachments.add(CASE, "large.pdf", upload));

        assertThat(stored.sizeBytes()).isEqualTo(SIZE);
        FileDownload download = attachments.open(stored.id()).orElseThrow();
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        try (InputStream in = download.open();
             OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), read)) {
            assertThat(in.transferTo(sink)).isEqualTo(SIZE);
        }
        String sent = HexFormat.of().formatHex(upload.digest.digest());
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(sent).isEqualTo(download.sha256());
        em.close();
    }

    /** A PDF header and then pseudo-random bytes, made as they are read. */
    private static final class GeneratedPdf extends InputStream {

        private final byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private final MessageDigest digest;
        private long position;
        private long state = 0x9E3779B97F4A7C15L;

        GeneratedPdf(long size) throws NoSuchAlgorithmException {
            this.size = size;
            this.digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                long at = position + i;
                if (at < header.length) {
                    target[offset + i] = header[(int) at];
                } else {
                    state ^= state << 13;
                    state ^= state >>> 7;
                    state ^= state << 17;
                    target[offset + i] = (byte) state;
                }
            }
            digest.update(target, offset, count);
            position += count;
            return count;
        }
    }
}
