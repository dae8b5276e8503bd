package dk.caseportal.identity.api;

/** A product as administrators edit it; {@code version} detects concurrent edits. */
public record ProductDetails(ProductId id, String name, boolean active, long version) {
}
