package dk.caseportal.notifications.internal;

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

    private URI base() {
        return URI.create(publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/");
    }
}
