package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.ScanVerdict;
import dk.caseportal.attachments.api.VirusScanner;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Asks a clamd daemon over TCP whether a file is infected, with the INSTREAM command: the content
 * goes over in length-prefixed chunks of 64 KB, so a file of any size is never held in memory.
 * Every scan opens a fresh connection: clamd answers one command per connection, and a fresh
 * socket has no state that could go stale between scans.
 */
public class ClamAvScanner implements VirusScanner {

    private static final Logger LOG = Logger.getLogger(ClamAvScanner.class.getName());

    static final int CHUNK_SIZE = 64 * 1024;

    /** The "z" prefix makes clamd end its reply with '\0' rather than a newline. */
    private static final byte[] INSTREAM = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PING = "zPING\0".getBytes(StandardCharsets.US_ASCII);

    /** clamd's replies are one short line; a longer one is cut here rather than read on forever. */
    private static final int MAX_REPLY_LENGTH = 1024;

    private static final String CLEAN_REPLY = "stream: OK";
    private static final String STREAM_PREFIX = "stream: ";
    private static final String FOUND_SUFFIX = " FOUND";

    /**
     * SO_TIMEOUT bounds reads only. A clamd that hangs without reading would block a write forever
     * once the socket buffers are full, so each chunk's write is guarded by a timer that closes the
     * socket. One shared daemon thread, which ends when idle so no thread outlives the application.
     */
    private static final ScheduledThreadPoolExecutor WRITE_GUARD = writeGuard();

    private final String host;
    private final int port;
    private final String address;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    /**
     * @param readTimeout how long clamd may stay silent: while taking the stream, and while scanning
     *                    it after the last chunk, so it must exceed the time to scan the largest file
     */
    public ClamAvScanner(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
        this.port = port;
        this.address = host + ":" + port;
        this.connectTimeoutMillis = positiveMillis(connectTimeout, "connectTimeout");
        this.readTimeoutMillis = positiveMillis(readTimeout, "readTimeout");
    }

    /** Does not close {@code content}; an IOException from {@code content} itself passes through as is. */
    @Override
    public ScanVerdict scan(InputStream content) throws IOException {
        Objects.requireNonNull(content, "content");
        long started = System.nanoTime();
        long length;
        String reply;
        try (Socket socket = connect()) {
            length = sendStream(socket, content);
            reply = readReply(socket, "verdict");
        }
        ScanVerdict verdict = verdict(reply);
        LOG.fine(() -> String.format("clamd at %s: %s, %d bytes in %d ms", address,
                verdict.infected() ? "infected with " + verdict.signature() : "clean", length,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return verdict;
    }

    /** Whether clamd answers PING; for the start-up log, so it never throws. */
    public boolean ping() {
        try (Socket socket = connect()) {
            // Six bytes always fit the socket buffer: no write guard needed.
            socket.getOutputStream().write(PING);
            String reply = readReply(socket, "PONG");
            if ("PONG".equals(reply)) {
                return true;
            }
            LOG.fine(() -> "clamd at " + address + " answered PING with: " + reply);
        } catch (IOException e) {
            LOG.fine(() -> "clamd did not answer PING: " + e.getMessage());
        }
        return false;
    }

    @Override
    public String toString() {
        return "ClamAvScanner[" + address + "]";
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            // The stream ends with a 4-byte write; Nagle's algorithm could hold it back for an ACK.
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw new IOException("clamd at " + address + " unreachable: " + e.getMessage(), e);
        }
    }

    /** Sends INSTREAM, the chunks and the zero-length chunk that ends them; returns the content's length. */
    private long sendStream(Socket socket, InputStream content) throws IOException {
        OutputStream out = socket.getOutputStream();
        write(socket, out, INSTREAM, INSTREAM.length);
        // One buffer for length prefix and data, so each chunk is a single write.
        byte[] chunk = new byte[4 + CHUNK_SIZE];
        long sent = 0;
        int length;
        do {
            length = content.readNBytes(chunk, 4, CHUNK_SIZE);
            chunk[0] = (byte) (length >>> 24);
            chunk[1] = (byte) (length >>> 16);
            chunk[2] = (byte) (length >>> 8);
            chunk[3] = (byte) length;
            write(socket, out, chunk, 4 + length);
            sent += length;
        } while (length > 0);
        return sent;
    }

    /**
     * clamd closes the connection mid-stream when the stream passes its StreamMaxLength, having
     * first said why; that reply is the useful message, the broken pipe is not.
     */
    private IOException refusal(Socket socket, IOException writeFailure) {
        try {
            String reply = readReply(socket, "reply");
            IOException refusal = new IOException("clamd at " + address + " gave no verdict: " + reply);
            refusal.addSuppressed(writeFailure);
            return refusal;
        } catch (IOException noReply) {
            writeFailure.addSuppressed(noReply);
            return new IOException("clamd at " + address + " closed the connection while receiving the stream: "
                    + writeFailure.getMessage(), writeFailure);
        }
    }

    private void write(Socket socket, OutputStream out, byte[] bytes, int length) throws IOException {
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> guard = WRITE_GUARD.schedule(() -> {
            fired.set(true);
            socket.close();
            return null;
        }, readTimeoutMillis, TimeUnit.MILLISECONDS);
        IOException failure = null;
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            failure = e;
        }
        // A guard that has started has closed (or is closing) the socket: the write stalled. Its
        // own flag says so; cancel() alone cannot, as it still succeeds while the guard is running.
        if (!guard.cancel(false) || fired.get()) {
            throw new SocketTimeoutException("clamd at " + address + " took no data for " + readTimeoutMillis + " ms");
        }
        if (failure != null) {
            throw refusal(socket, failure);
        }
    }

    /** Reads up to the '\0' that ends a z-command's reply; an empty reply means clamd hung up. */
    private String readReply(Socket socket, String expected) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream(), 256);
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        try {
            int b;
            while (reply.size() < MAX_REPLY_LENGTH && (b = in.read()) > 0) {
                reply.write(b);
            }
        } catch (SocketTimeoutException e) {
            throw new SocketTimeoutException("clamd at " + address + " sent no " + expected + " within "
                    + readTimeoutMillis + " ms");
        }
        String text = reply.toString(StandardCharsets.US_ASCII).trim();
        if (text.isEmpty()) {
            throw new IOException("clamd at " + address + " closed the connection without a " + expected);
        }
        return text;
    }

    private ScanVerdict verdict(String reply) throws IOException {
        if (reply.equals(CLEAN_REPLY)) {
            return ScanVerdict.CLEAN;
        }
        if (reply.startsWith(STREAM_PREFIX) && reply.endsWith(FOUND_SUFFIX)
                && reply.length() > STREAM_PREFIX.length() + FOUND_SUFFIX.length()) {
            String signature = reply.substring(STREAM_PREFIX.length(), reply.length() - FOUND_SUFFIX.length()).trim();
            if (!signature.isEmpty()) {
                return ScanVerdict.infected(signature);
            }
        }
        // "... ERROR" replies, e.g. "INSTREAM size limit exceeded. ERROR": no verdict, the file waits.
        throw new IOException("clamd at " + address + " gave no verdict: " + reply);
    }

    // Zero would mean "wait forever" to java.net.Socket, which is what the timeouts are there to prevent.
    private static int positiveMillis(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + timeout);
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    private static ScheduledThreadPoolExecutor writeGuard() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "clamav-write-guard");
            thread.setDaemon(true);
            return thread;
        });
        // Nearly every guard is cancelled; drop them at once rather than keep them until their deadline.
        executor.setRemoveOnCancelPolicy(true);
        // The pool keeps its last thread while a guard is pending, so timing out never loses one.
        executor.setKeepAliveTime(30, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
