package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.ScanVerdict;
import dk.caseportal.attachments.api.VirusScanner;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Scans waiting files: at once after an upload commits, and every few seconds for what is still
 * waiting (the scanner was down or timed out). Scanning reads the content from the store; the
 * verdict is recorded in a transaction of its own.
 */
@ApplicationScoped
public class FileScan {

    private static final Logger LOG = Logger.getLogger(FileScan.class.getName());
    private static final int PER_ROUND = 20;

    @Inject
    VirusScanner scanner;

    @Inject
    ContentStore store;

    @Inject
    ScanResults results;

    @Inject
    AttachmentSettings settings;

    private ScheduledFuture<?> task;
    private boolean failing;

    protected FileScan() {
        // for CDI
    }

    FileScan(VirusScanner scanner, ContentStore store, ScanResults results) {
        this.scanner = scanner;
        this.store = store;
        this.results = results;
    }

    /** Scans on a schedule from now on, if a scanner is configured. */
    synchronized void start() {
        if (task != null || !scanner.enabled()) {
            return;
        }
        long interval = settings.scanInterval().toMillis();
        task = FileScan.<ManagedScheduledExecutorService>lookup("java:comp/DefaultManagedScheduledExecutorService")
                .scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Virus scanning of attachments started; waiting files retried every "
                + settings.scanInterval().toSeconds() + " s");
    }

    /** Scans right after the upload's transaction commits, on a managed thread, not the user's request. */
    void uploaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileStored event) {
        FileScan.<ManagedExecutorService>lookup("java:comp/DefaultManagedExecutorService").execute(this::round);
    }

    /** Scans what is waiting; returns how many files got a verdict. */
    synchronized int round() {
        int decided = 0;
        try {
            List<Long> waiting = results.waiting(PER_ROUND);
            for (long id : waiting) {
                if (scan(id)) {
                    decided++;
                } else {
                    break; // the scanner is not answering; the next round tries again
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A scanning round failed", e);
        }
        return decided;
    }

    private boolean scan(long id) {
        try (InputStream content = store.read(id)) {
            ScanVerdict verdict = scanner.scan(content);
            results.record(id, verdict);
            if (failing) {
                LOG.info("The virus scanner answers again");
                failing = false;
            }
            return true;
        } catch (IOException e) {
            results.failed(id, e.getMessage());
            // Once per outage, not every round.
            if (!failing) {
                LOG.log(Level.WARNING, "The virus scanner gave no verdict; files wait until it does", e);
                failing = true;
            }
            return false;
        }
    }

    /**
     * Looked up rather than injected: Payara 6 fails to inject {@code @Resource} fields of CDI beans
     * that live in a library jar.
     */
    @SuppressWarnings("unchecked")
    static <T> T lookup(String name) {
        try {
            return (T) InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Nothing at " + name, e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
