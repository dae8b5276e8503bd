package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.FileHousekeeping;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the scanning of waiting files and, every hour, erases files of forms never saved. */
@ApplicationScoped
public class Housekeeping implements FileHousekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Inject
    FileScan scan;

    @Inject
    DraftPurge purge;

    @Inject
    AttachmentSettings settings;

    private ScheduledFuture<?> purging;

    @Override
    public synchronized void start() {
        scan.start();
        if (purging == null) {
            purging = FileScan.<ManagedScheduledExecutorService>lookup("java:comp/DefaultManagedScheduledExecutorService")
                    .scheduleWithFixedDelay(this::purgeDrafts, 1, 60, TimeUnit.MINUTES);
        }
    }

    void purgeDrafts() {
        try {
            int erased = purge.uploadedBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(settings.draftRetention()));
            if (erased > 0) {
                LOG.info(() -> "Erased " + erased + " file(s) left on forms that were never saved");
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule; the next hour tries again.
            LOG.log(Level.WARNING, "Erasing files of unsaved forms failed", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (purging != null) {
            purging.cancel(false);
        }
    }
}
