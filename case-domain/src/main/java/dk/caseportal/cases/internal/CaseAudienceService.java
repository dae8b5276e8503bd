package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseAudience;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@link CaseAudience}: the followers and owner of a case, and the policy's answer for a named user. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseAudienceService implements CaseAudience {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    IdentityDirectory directory;

    @Inject
    CaseAccessPolicy policy;

    protected CaseAudienceService() {
        // for CDI
    }

    CaseAudienceService(EntityManager em, IdentityDirectory directory) {
        this.em = em;
        this.directory = directory;
        this.policy = new CaseAccessPolicy(directory);
    }

    @Override
    public Set<UserId> audienceOf(CaseNumber number) {
        // Managed lookup: asked in the transaction that may just have changed the case or its followers.
        return SupportCase.byNumberToChange(em, number.value()).map(found -> {
            Set<UserId> audience = new LinkedHashSet<>();
            em.createQuery("SELECT f.userId FROM CaseFollow f WHERE f.caseId = :case ORDER BY f.userId", Long.class)
                    .setParameter("case", found.id())
                    .getResultStream()
                    .forEach(id -> audience.add(new UserId(id)));
            if (found.ownerId() != null) {
                audience.add(new UserId(found.ownerId()));
            }
            return Collections.unmodifiableSet(audience);
        }).orElse(Set.of());
    }

    @Override
    public boolean maySee(UserId user, CaseNumber number) {
        return directory.findUser(user).flatMap(found -> policy.visible(em, number, found)).isPresent();
    }
}
