package dk.caseportal.launcher;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** awaitReady and close with stand-in commands; booting Payara Micro is too slow for unit tests. */
class PayaraMicroProcessTest {

    @TempDir
    Path directory;

    @Test
    void failsWithTheLogTailWhenTheProcessExits() {
        Path log = directory.resolve("logs/payara.log");
        try (PayaraMicroProcess process = PayaraMicroProcess.launch(
                List.of("sh", "-c", "for i in $(seq 1 100); do echo line $i; done; echo boom >&2; exit 3"),
                Ports.freePort(), log)) {

            assertThatThrownBy(() -> process.awaitReady(Duration.ofSeconds(20)))
                    .isInstanceOf(PayaraMicroStartupException.class)
                    .hasMessageContaining("exited with code 3")
                    .hasMessageContaining(log.toString())
                    .hasMessageContaining("line 100")
                    .hasMessageContaining("boom")
                    .hasMessageNotContaining("line 60" + System.lineSeparator())
                    .satisfies(e -> assertThat(((PayaraMicroStartupException) e).logFile()).isEqualTo(log));
        }
    }

    @Test
    void failsAtOnceWhenTheDeploymentFailed() {
        Path log = directory.resolve("payara.log");
        try (PayaraMicroProcess process = PayaraMicroProcess.launch(
                List.of("sh", "-c", "echo '[SEVERE] Exception while loading the app : java.lang.Exception'; exec sleep 60"),
                Ports.freePort(), log)) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> process.awaitReady(Duration.ofSeconds(30)))
                    .isInstanceOf(PayaraMicroStartupException.class)
                    .hasMessageContaining("could not deploy")
                    .hasMessageContaining("java.lang.Exception");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void failsWhenNotReadyInTime() {
        try (PayaraMicroProcess process = PayaraMicroProcess.launch(List.of("sleep", "60"), Ports.freePort(),
                directory.resolve("payara.log"))) {

            assertThatThrownBy(() -> process.awaitReady(Duration.ofSeconds(1)))
                    .isInstanceOf(PayaraMicroStartupException.class)
                    .hasMessageContaining("not ready after 1 s")
                    .hasMessageContaining("connection refused");
        }
    }

    @Test
    void isReadyOnlyWhenTheApplicationsReadinessCheckAnswersAndStopsOnClose() throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer health = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        health.createContext("/health/ready", exchange -> {
            // Payara answers UP with no checks while the application is still deploying.
            String body = requests.incrementAndGet() < 3
                    ? "{\"status\":\"UP\",\"checks\":[]}"
                    : "{\"status\":\"UP\",\"checks\":[{\"name\":\"portal-database\",\"status\":\"UP\"}]}";
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        health.start();
        try {
            PayaraMicroProcess process = PayaraMicroProcess.launch(List.of("sleep", "60"),
                    health.getAddress().getPort(), directory.resolve("payara.log"));

            process.awaitReady(Duration.ofSeconds(10));
            assertThat(requests.get()).isEqualTo(3);
            process.close();

            assertThat(process.isAlive()).isFalse();
            assertThat(process.baseUri().toString()).isEqualTo("http://localhost:" + process.port() + "/");
        } finally {
            health.stop(0);
        }
    }
}
