package dk.caseportal.cases.api;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;

/** What "Opret en sag" submits. */
public record NewCase(CustomerId customer, ProductId product, long typeId, long urgencyId, long impactId,
                      long subjectId, String title, String description, boolean privateCase) {
}
