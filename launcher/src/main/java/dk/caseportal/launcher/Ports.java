package dk.caseportal.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** TCP port helpers for the local services, which all listen on the loopback interface. */
public final class Ports {

    private Ports() {
    }

    /**
     * A port that was free a moment ago. Another process may still take it before we bind it;
     * that is accepted for local runs and tests, where the window is a few milliseconds.
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free TCP port", e);
        }
    }

    /** Whether nothing listens on the port on the loopback interface (where our services bind). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
