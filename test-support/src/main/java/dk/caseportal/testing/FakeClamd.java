package dk.caseportal.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Just enough of clamd for the tests (the scanner's, and the portal's), on a dynamic loopback port: zPING, and zINSTREAM
 * that finds the EICAR test string. It can refuse streams over a length, as clamd does past its
 * StreamMaxLength, or accept connections and then do nothing at all, as a hung clamd does.
 */
public final class FakeClamd implements AutoCloseable {

    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    public static final String EICAR_SIGNATURE = "Eicar-Test-Signature";
    public static final String SIZE_LIMIT_REPLY = "INSTREAM size limit exceeded. ERROR";

    private static final byte[] EICAR_BYTES = EICAR.getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    /** Open connections, so close() ends them too, hung ones included. */
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong receivedBytes = new AtomicLong();
    private volatile long maxStreamLength = Long.MAX_VALUE;
    private volatile boolean hang;

    public FakeClamd() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::accept, "fake-clamd-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Streams longer than this get clamd's size-limit error, and the connection is closed unread. */
    public FakeClamd maxStreamLength(long bytes) {
        maxStreamLength = bytes;
        return this;
    }

    /** From now on, accept connections but never read from them nor answer. */
    public FakeClamd hang() {
        hang = true;
        return this;
    }

    /** Answers again, from the next connection on. */
    public FakeClamd resume() {
        hang = false;
        return this;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Content bytes received in INSTREAM chunks, over all connections (length prefixes not counted). */
    public long receivedBytes() {
        return receivedBytes.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                connections.add(connection);
                if (!hang) {
                    Thread handler = new Thread(() -> serve(connection), "fake-clamd-connection");
                    handler.setDaemon(true);
                    handler.start();
                }
            } catch (IOException e) {
                // The server socket was closed: the loop ends.
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(connection.getInputStream()));
            String command = readCommand(in);
            String reply = switch (command) {
                case "zPING" -> "PONG";
                case "zINSTREAM" -> instream(in);
                default -> "UNKNOWN COMMAND";
            };
            OutputStream out = connection.getOutputStream();
            out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Closing now, with any rest of the stream unread, resets the connection: clamd does the same.
        } catch (IOException e) {
            // The client went away; there is nobody to answer.
        } finally {
            connections.remove(connection);
        }
    }

    private static String readCommand(DataInputStream in) throws IOException {
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && command.size() < 100) {
            command.write(b);
        }
        return command.toString(StandardCharsets.US_ASCII);
    }

    private String instream(DataInputStream in) throws IOException {
        long streamed = 0;
        boolean infected = false;
        // The end of the previous chunk, so EICAR is found also when it straddles two chunks.
        byte[] tail = new byte[0];
        while (true) {
            long length = Integer.toUnsignedLong(in.readInt());
            if (length == 0) {
                return infected ? "stream: " + EICAR_SIGNATURE + " FOUND" : "stream: OK";
            }
            if (streamed + length > maxStreamLength) {
                return SIZE_LIMIT_REPLY;
            }
            byte[] chunk = in.readNBytes(Math.toIntExact(length));
            if (chunk.length < length) {
                throw new EOFException("Stream ended inside a chunk");
            }
            streamed += length;
            receivedBytes.addAndGet(length);

            byte[] window = Arrays.copyOf(tail, tail.length + chunk.length);
            System.arraycopy(chunk, 0, window, tail.length, chunk.length);
            infected |= contains(window, EICAR_BYTES);
            tail = Arrays.copyOfRange(window, Math.max(0, window.length - (EICAR_BYTES.length - 1)), window.length);
        }
    }

    private static boolean contains(byte[] data, byte[] wanted) {
        outer:
        for (int start = 0; start <= data.length - wanted.length; start++) {
            for (int i = 0; i < wanted.length; i++) {
                if (data[start + i] != wanted[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
