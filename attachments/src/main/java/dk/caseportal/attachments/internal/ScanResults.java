package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.ScanState;
import dk.caseportal.attachments.api.ScanVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/** The files waiting for the scanner, and its verdicts recorded, each in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScanResults {

    private static final Logger LOG = Logger.getLogger(ScanResults.class.getName());
    private static final int DETAIL_LENGTH = 255;

    @PersistenceContext(unitName = "attachments")
    EntityManager em;

    protected ScanResults() {
        // for CDI
    }

    ScanResults(EntityManager em) {
        this.em = em;
    }

    /** The oldest waiting files, fewest attempts first, so one that keeps failing does not block the rest. */
    public List<Long> waiting(int max) {
        return em.createQuery("SELECT a.id FROM Attachment a WHERE a.scanState = :pending"
                        + " ORDER BY a.scanAttempts, a.id", Long.class)
                .setParameter("pending", ScanState.PENDING)
                .setMaxResults(max)
                .getResultList();
    }

    public void record(long attachmentId, ScanVerdict verdict) {
        Attachment file = em.find(Attachment.class, attachmentId);
        if (file == null || file.scanState() != ScanState.PENDING) {
            return;
        }
        if (verdict.infected()) {
            file.scanned(ScanState.INFECTED, shorten(verdict.signature()));
            LOG.warning(() -> "Quarantined file " + file.publicId() + " of case " + file.caseNumber()
                    + " uploaded by user " + file.uploadedBy() + ": " + verdict.signature());
        } else {
            file.scanned(ScanState.CLEAN, null);
        }
    }

    public void failed(long attachmentId, String problem) {
        Attachment file = em.find(Attachment.class, attachmentId);
        if (file != null && file.scanState() == ScanState.PENDING) {
            file.scanFailed(shorten(problem));
        }
    }

    private static String shorten(String text) {
        return text == null || text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH);
    }
}
