package dk.caseportal.identity.api;

import java.time.Duration;

/** Why a link to set a password was sent, which decides how long it works. */
public enum LinkPurpose {
    /** "Glemt adgangskode?": valid one hour. */
    RESET(Duration.ofHours(1)),
    /** A new user's invitation: valid 72 hours. */
    INVITATION(Duration.ofHours(72));

    private final Duration validity;

    LinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
