package dk.caseportal.identity.api;

/** Identifies a customer across module boundaries; other modules store this, never the entity. */
public record CustomerId(long value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("Customer id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
