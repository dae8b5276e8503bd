package dk.caseportal.cases.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The case module's settings from MicroProfile Config; the README's table lists them. */
@ApplicationScoped
public class CaseSettings {

    @Inject
    @ConfigProperty(name = "portal.cases.reopen-days", defaultValue = "14")
    int reopenDays;

    protected CaseSettings() {
        // for CDI
    }

    CaseSettings(int reopenDays) {
        this.reopenDays = reopenDays;
    }

    /** How long after it was marked solved a case may be reopened. */
    Duration reopenPeriod() {
        return Duration.ofDays(reopenDays);
    }
}
