package dk.caseportal.identity.api;

/** Identifies a team across module boundaries; other modules store this, never the entity. */
public record TeamId(long value) {

    public TeamId {
        if (value <= 0) {
            throw new IllegalArgumentException("Team id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
