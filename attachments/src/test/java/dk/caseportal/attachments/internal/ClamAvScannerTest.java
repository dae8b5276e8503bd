package dk.caseportal.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.caseportal.testing.FakeClamd;
import dk.caseportal.attachments.api.ScanVerdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClamAvScannerTest {

    private static final int MB = 1024 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

    private FakeClamd clamd;

    @BeforeEach
    void startClamd() throws IOException {
        clamd = new FakeClamd();
    }

    @AfterEach
    void stopClamd() throws IOException {
        clamd.close();
    }

    @Test
    void cleanContentIsClean() throws IOException {
        ScanVerdict verdict = scanner(READ_TIMEOUT).scan(text("Dear case worker, my tax return is attached."));

        assertThat(verdict).isEqualTo(ScanVerdict.CLEAN);
    }

    @Test
    void eicarIsInfected() throws IOException {
        ScanVerdict verdict = scanner(READ_TIMEOUT).scan(text("before " + FakeClamd.EICAR + " after"));

        assertThat(verdict).isEqualTo(ScanVerdict.infected("Eicar-Test-Signature"));
    }

    @Test
    void eicarAcrossTwoChunksIsInfected() throws IOException {
        InputStream content = concat(generated(ClamAvScanner.CHUNK_SIZE - 20), text(FakeClamd.EICAR), generated(1000));

        ScanVerdict verdict = scanner(READ_TIMEOUT).scan(content);

        assertThat(verdict).isEqualTo(ScanVerdict.infected("Eicar-Test-Signature"));
    }

    @Test
    void emptyContentIsClean() throws IOException {
        assertThat(scanner(READ_TIMEOUT).scan(InputStream.nullInputStream())).isEqualTo(ScanVerdict.CLEAN);
        assertThat(clamd.receivedBytes()).isZero();
    }

    @Test
    void largeContentIsStreamedWhole() throws IOException {
        long length = 30L * MB;

        ScanVerdict verdict = scanner(READ_TIMEOUT).scan(generated(length));

        assertThat(verdict).isEqualTo(ScanVerdict.CLEAN);
        assertThat(clamd.receivedBytes()).isEqualTo(length);
    }

    /** Small enough that every write succeeds before clamd hangs up, and large enough that writes fail. */
    @ParameterizedTest
    @ValueSource(ints = {2 * MB, 40 * MB})
    void streamOverClamdsLimitGivesClamdsError(int length) {
        clamd.maxStreamLength(MB);

        assertThatThrownBy(() -> scanner(READ_TIMEOUT).scan(generated(length)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("INSTREAM size limit exceeded");
    }

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
    void silentClamdTimesOut() {
        clamd.hang();

        long started = System.nanoTime();
        Throwable thrown = catchThrowable(() -> scanner(SHORT_READ_TIMEOUT).scan(text("hello")));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    /** SO_TIMEOUT does not cover writes; a clamd that stops reading must not block the scan forever. */
    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
    void clamdThatStopsReadingTimesOut() {
        clamd.hang();

        long started = System.nanoTime();
        Throwable thrown = catchThrowable(() -> scanner(SHORT_READ_TIMEOUT).scan(generated(100L * MB)));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("took no data");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void nothingListeningFails() throws IOException {
        ClamAvScanner scanner = new ClamAvScanner("127.0.0.1", closedPort(), CONNECT_TIMEOUT, READ_TIMEOUT);

        assertThatThrownBy(() -> scanner.scan(text("hello")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void pingIsAnsweredByClamd() {
        assertThat(scanner(READ_TIMEOUT).ping()).isTrue();
    }

    @Test
    void pingFailsWhenNothingListens() throws IOException {
        assertThat(new ClamAvScanner("127.0.0.1", closedPort(), CONNECT_TIMEOUT, READ_TIMEOUT).ping()).isFalse();
    }

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
    void pingFailsWhenClamdIsSilent() {
        clamd.hang();

        assertThat(scanner(SHORT_READ_TIMEOUT).ping()).isFalse();
    }

    private ClamAvScanner scanner(Duration readTimeout) {
        return new ClamAvScanner("127.0.0.1", clamd.port(), CONNECT_TIMEOUT, readTimeout);
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static InputStream concat(InputStream... parts) {
        return new SequenceInputStream(Collections.enumeration(List.of(parts)));
    }

    /** A port that was free a moment ago, so nothing answers on it. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** {@code length} bytes made up as they are read, so a large file costs no memory. */
    private static InputStream generated(long length) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < length ? valueAt(position++) : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                Objects.checkFromIndexSize(offset, count, buffer.length);
                if (count == 0) {
                    return 0;
                }
                if (position >= length) {
                    return -1;
                }
                int n = (int) Math.min(count, length - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) valueAt(position + i);
                }
                position += n;
                return n;
            }

            // A repeating ramp: varied bytes, and never the EICAR string.
            private int valueAt(long index) {
                return (int) (index % 251);
            }
        };
    }
}
