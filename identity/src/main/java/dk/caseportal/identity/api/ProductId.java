package dk.caseportal.identity.api;

/** Identifies a product across module boundaries; other modules store this, never the entity. */
public record ProductId(long value) {

    public ProductId {
        if (value <= 0) {
            throw new IllegalArgumentException("Product id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
