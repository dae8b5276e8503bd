package dk.caseportal.identity.api;

/** A product of the vendor that customers may have access to. */
public record ProductSummary(ProductId id, String name) {
}
