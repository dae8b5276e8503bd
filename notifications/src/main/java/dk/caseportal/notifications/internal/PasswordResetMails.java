package dk.caseportal.notifications.internal;

import dk.caseportal.identity.api.PasswordResetRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Queues the mail with a password reset link, in the transaction that created the link. */
@ApplicationScoped
public class PasswordResetMails {

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "portal.public-base-url", defaultValue = "http://localhost:8080/")
    String publicBaseUrl;

    protected PasswordResetMails() {
        // for CDI
    }

    PasswordResetMails(Outbox outbox, String publicBaseUrl) {
        this.outbox = outbox;
        this.publicBaseUrl = publicBaseUrl;
    }

    void on(@Observes PasswordResetRequested event) {
        outbox.enqueue(MailTemplates.render("passwordReset", event.locale(), event.email(), link(event.token()),
                event.name()));
    }

    String link(String token) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
        // The token is base64url: safe in a query string as it is.
        return URI.create(base).resolve("reset-password?token=" + token).toString();
    }
}
