package dk.caseportal.notifications.internal;

import dk.caseportal.cases.api.CaseNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Links in mails, on the portal's public address ({@code portal.public-base-url}). */
@ApplicationScoped
public class PortalLinks {

    @Inject
    @ConfigProperty(name = "portal.public-base-url", defaultValue = "http://localhost:8080/")
    String publicBaseUrl;

    protected PortalLinks() {
        // for CDI
    }

    PortalLinks(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    /** The page where a password is chosen through a reset or invitation link. */
    String setPassword(String token) {
        // The token is base64url: safe in a query string as it is.
        return base().resolve("reset-password?token=" + token).toString();
    }

    /** The case's page. */
    String caseLink(CaseNumber number) {
        return base().resolve("cases/" + number).toString();
    }

    /** The page that stops mails about one case; the token is base64url and digits, safe as it is. */
    String unsubscribe(String token) {
        return base().resolve("unsubscribe?token=" + token).toString();
    }

    /** Where a user chooses how often mails come. */
    String profile() {
        return base().resolve("profile").toString();
    }

    private URI base() {
        return URI.create(publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/");
    }
}
