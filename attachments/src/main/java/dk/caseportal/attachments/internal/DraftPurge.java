package dk.caseportal.attachments.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Erases files uploaded on a "Opret en sag" form that was never saved. They were never a case's
 * files, so nothing about them is kept; their content goes with them (ON DELETE CASCADE).
 */
@ApplicationScoped
@Transactional
public class DraftPurge {

    @PersistenceContext(unitName = "attachments")
    EntityManager em;

    protected DraftPurge() {
        // for CDI
    }

    DraftPurge(EntityManager em) {
        this.em = em;
    }

    /** Returns how many files were erased. */
    public int uploadedBefore(OffsetDateTime cutoff) {
        return em.createQuery("DELETE FROM Attachment a WHERE a.caseNumber IS NULL AND a.uploadedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
