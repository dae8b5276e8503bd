package dk.caseportal.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the mail settings once from MicroProfile Config. */
@ApplicationScoped
public class MailSettingsProducer {

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.tls", defaultValue = "none")
    String tls;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "Case Portal <noreply@caseportal.example>")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.connect-timeout-seconds", defaultValue = "10")
    int connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.read-timeout-seconds", defaultValue = "30")
    int readTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.first-delay-seconds", defaultValue = "30")
    int firstRetryDelaySeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.max-delay-seconds", defaultValue = "3600")
    int maxRetryDelaySeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "portal.mail.dispatch-interval-seconds", defaultValue = "5")
    int dispatchIntervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.replies.imap.host")
    Optional<String> replyHost;

    @Inject
    @ConfigProperty(name = "portal.mail.replies.imap.port", defaultValue = "143")
    int replyPort;

    @Inject
    @ConfigProperty(name = "portal.mail.replies.imap.username")
    Optional<String> replyUsername;

    @Inject
    @ConfigProperty(name = "portal.mail.replies.imap.password")
    Optional<String> replyPassword;

    @Inject
    @ConfigProperty(name = "portal.mail.replies.imap.tls", defaultValue = "none")
    String replyTls;

    @Inject
    @ConfigProperty(name = "portal.mail.replies.address")
    Optional<String> replyAddress;

    @Inject
    @ConfigProperty(name = "portal.mail.replies.poll-interval-seconds", defaultValue = "30")
    int replyPollSeconds;

    @Produces
    @Singleton
    ReplySettings replySettings() {
        String username = replyUsername.orElse("");
        return new ReplySettings(replyHost.filter(h -> !h.isBlank()), replyPort, username, replyPassword.orElse(""),
                MailSettings.Tls.of(replyTls), replyAddress.filter(a -> !a.isBlank()).orElse(username),
                Duration.ofSeconds(replyPollSeconds));
    }

    /** A singleton rather than application-scoped: a record cannot be proxied. */
    @Produces
    @Singleton
    MailSettings settings() {
        return new MailSettings(host, port, username.filter(u -> !u.isBlank()), password,
                MailSettings.Tls.of(tls), MailSettings.address(from),
                Duration.ofSeconds(connectTimeoutSeconds), Duration.ofSeconds(readTimeoutSeconds),
                new RetryPolicy(Duration.ofSeconds(firstRetryDelaySeconds), Duration.ofSeconds(maxRetryDelaySeconds),
                        maxAttempts),
                Duration.ofSeconds(dispatchIntervalSeconds));
    }
}
