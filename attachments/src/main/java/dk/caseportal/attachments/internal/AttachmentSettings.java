package dk.caseportal.attachments.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The attachments' settings from MicroProfile Config; the README's table lists them. */
@ApplicationScoped
public class AttachmentSettings {

    private static final long MIB = 1024L * 1024;

    @Inject
    @ConfigProperty(name = "portal.attachments.max-file-size-mb", defaultValue = "25")
    long maxFileMb;

    @Inject
    @ConfigProperty(name = "portal.attachments.max-case-size-mb", defaultValue = "250")
    long maxCaseMb;

    @Inject
    @ConfigProperty(name = "portal.attachments.clamav.host")
    Optional<String> clamavHost;

    @Inject
    @ConfigProperty(name = "portal.attachments.clamav.port", defaultValue = "3310")
    int clamavPort;

    @Inject
    @ConfigProperty(name = "portal.attachments.clamav.connect-timeout-seconds", defaultValue = "5")
    int clamavConnectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "portal.attachments.clamav.read-timeout-seconds", defaultValue = "60")
    int clamavReadTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "portal.attachments.scan-interval-seconds", defaultValue = "10")
    int scanIntervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.attachments.draft-retention-hours", defaultValue = "24")
    int draftRetentionHours;

    protected AttachmentSettings() {
        // for CDI
    }

    AttachmentSettings(long maxFileMb, long maxCaseMb) {
        this.maxFileMb = maxFileMb;
        this.maxCaseMb = maxCaseMb;
        this.clamavHost = Optional.empty();
    }

    long maxFileBytes() {
        return maxFileMb * MIB;
    }

    long maxCaseBytes() {
        return maxCaseMb * MIB;
    }

    /** Empty (the default) when no ClamAV daemon is configured: files are then served unscanned. */
    Optional<String> clamavHost() {
        return clamavHost.map(String::strip).filter(host -> !host.isEmpty());
    }

    int clamavPort() {
        return clamavPort;
    }

    Duration clamavConnectTimeout() {
        return Duration.ofSeconds(clamavConnectTimeoutSeconds);
    }

    Duration clamavReadTimeout() {
        return Duration.ofSeconds(clamavReadTimeoutSeconds);
    }

    /** How long files uploaded on a "Opret en sag" form wait for the form to be saved. */
    Duration draftRetention() {
        return Duration.ofHours(Math.max(1, draftRetentionHours));
    }

    Duration scanInterval() {
        return Duration.ofSeconds(Math.max(1, scanIntervalSeconds));
    }
}
