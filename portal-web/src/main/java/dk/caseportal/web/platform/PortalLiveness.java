package dk.caseportal.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless the JVM is nearly out of memory; a live but unready portal (database down) must not
 * be restarted, so the database is only part of readiness.
 */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.98;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("portal-heap")
                .withData("heapUsedMb", used / (1024 * 1024))
                .status(share < MAX_HEAP_USE)
                .build();
    }
}
