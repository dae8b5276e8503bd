package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The one answer to "may this user see this case": the vendor's staff see every case; a
 * customer's user sees a case of a customer they belong to, for a product they currently have
 * access to there, unless it is someone else's private case. Access is read from identity on
 * every call, so a revoked product hides its cases on the next request.
 */
@ApplicationScoped
public class CaseAccessPolicy {

    @Inject
    IdentityDirectory directory;

    @Inject
    RequestCases requestCases;

    protected CaseAccessPolicy() {
        // for CDI
    }

    CaseAccessPolicy(IdentityDirectory directory) {
        this.directory = directory;
    }

    boolean maySee(UserSummary user, SupportCase candidate) {
        if (!user.active()) {
            return false;
        }
        if (user.role().isVendorStaff()) {
            return true;
        }
        if (candidate.isPrivate() && candidate.contactId() != user.id().value()) {
            return false;
        }
        return directory.hasProductAccess(user.id(), new CustomerId(candidate.customerId()),
                new ProductId(candidate.productId()));
    }

    /**
     * The case with this number if the user may see it, to show: read-only (see
     * {@link SupportCase#byNumber}), found once per request ({@link RequestCases}). A case the user
     * may not see is as absent as one that does not exist.
     */
    Optional<SupportCase> visible(EntityManager em, CaseNumber number, UserSummary user) {
        long userId = user.id().value();
        Optional<SupportCase> known = RequestCases.visible(requestCases, number.value(), userId);
        if (known.isPresent()) {
            return known;
        }
        Optional<SupportCase> found = SupportCase.byNumber(em, number.value()).filter(candidate -> maySee(user, candidate));
        found.ifPresent(visible -> RequestCases.keep(requestCases, number.value(), userId, visible));
        return found;
    }

    /**
     * The case with this number if the user may see it, managed: to change it, or when the same
     * transaction may have created it.
     */
    Optional<SupportCase> visibleToChange(EntityManager em, CaseNumber number, UserSummary user) {
        return SupportCase.byNumberToChange(em, number.value()).filter(found -> maySee(user, found));
    }

    /** Only a customer's user with access to the product at the customer reports a case about it. */
    boolean mayCreate(UserSummary user, CustomerId customer, ProductId product) {
        return user.active() && directory.hasProductAccess(user.id(), customer, product);
    }
}
