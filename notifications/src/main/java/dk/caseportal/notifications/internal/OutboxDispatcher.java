package dk.caseportal.notifications.internal;

import dk.caseportal.notifications.api.MailDispatcher;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Looks for due mails every few seconds ({@code portal.mail.dispatch-interval-seconds}) on the
 * container's managed scheduler, and sends what is due, one transaction per mail. Mail is never
 * sent from a user's request.
 */
@ApplicationScoped
public class OutboxDispatcher implements MailDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    /** Bounds one round, so a large backlog does not hold the scheduler thread for long. */
    private static final int MAX_PER_ROUND = 100;

    private static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

    @Inject
    OutboxDispatch dispatch;

    @Inject
    MailSettings settings;

    @Inject
    Digests digests;

    @Inject
    ReplyPoller replies;

    @Inject
    ReplySettings replySettings;

    private ScheduledFuture<?> task;
    private ScheduledFuture<?> digestTask;
    private ScheduledFuture<?> replyTask;

    @Override
    public synchronized void start() {
        if (task != null) {
            return;
        }
        long interval = settings.dispatchInterval().toMillis();
        task = scheduler().scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
        // Digests go out from each user's chosen hour on: looking once a minute is on time enough.
        digestTask = scheduler().scheduleWithFixedDelay(this::digestRound, 1, 1, TimeUnit.MINUTES);
        if (replySettings.enabled()) {
            long poll = replySettings.pollInterval().toMillis();
            replyTask = scheduler().scheduleWithFixedDelay(this::replyRound, poll, poll, TimeUnit.MILLISECONDS);
            LOG.info(() -> "Replies by mail read every " + replySettings.pollInterval().toSeconds() + " s from "
                    + replySettings.host().orElse("") + ":" + replySettings.port());
        }
        LOG.info(() -> "Mail dispatcher started: every " + settings.dispatchInterval().toSeconds() + " s to "
                + settings.host() + ":" + settings.port());
    }

    /**
     * Looked up rather than injected: Payara 6 fails to inject {@code @Resource} fields of CDI beans
     * that live in a library jar (WEB-INF/lib or an EAR's lib/).
     */
    private static ManagedScheduledExecutorService scheduler() {
        try {
            return InitialContext.doLookup(SCHEDULER);
        } catch (NamingException e) {
            throw new IllegalStateException("No managed scheduler at " + SCHEDULER, e);
        }
    }

    void round() {
        try {
            int handled = 0;
            while (handled < MAX_PER_ROUND && dispatch.sendNextDue()) {
                handled++;
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule; the next round tries again.
            LOG.log(Level.WARNING, "Mail dispatch round failed", e);
        }
    }

    void replyRound() {
        try {
            replies.poll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Replies round failed", e);
        }
    }

    void digestRound() {
        try {
            digests.due().forEach(digests::send);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digest round failed", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            digestTask.cancel(false);
            if (replyTask != null) {
                replyTask.cancel(false);
            }
        }
    }
}
