package dk.caseportal.identity.api;

/** A customer account as shown to users: its name and the vendor's customer number. */
public record CustomerSummary(CustomerId id, String name, String customerNumber) {
}
