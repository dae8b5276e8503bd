package dk.caseportal.identity.api;

/** Identifies a user across module boundaries; other modules store this, never the entity. */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("User id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
