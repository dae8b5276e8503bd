package dk.caseportal.cases.api;

import dk.caseportal.attachments.api.DraftId;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;

/**
 * What "Opret en sag" submits.
 *
 * @param files the form's draft of uploaded files, which become the case's; null for none
 */
public record NewCase(CustomerId customer, ProductId product, long typeId, long urgencyId, long impactId,
                      long subjectId, String title, String description, boolean privateCase, DraftId files) {

    public NewCase(CustomerId customer, ProductId product, long typeId, long urgencyId, long impactId,
                   long subjectId, String title, String description, boolean privateCase) {
        this(customer, product, typeId, urgencyId, impactId, subjectId, title, description, privateCase, null);
    }
}
