package dk.caseportal.attachments.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The rows of {@code attachment_chunk}, one at a time. Always in a transaction: a download or a
 * scan reads outside any, and Payara 6 closes a non-transactional persistence context twice when
 * a managed thread and a request share it ("closed EntityManager" at the end of the request).
 */
@ApplicationScoped
@Transactional
public class ChunkRows {

    @PersistenceContext(unitName = "attachments")
    EntityManager em;

    protected ChunkRows() {
        // for CDI
    }

    ChunkRows(EntityManager em) {
        this.em = em;
    }

    public void insert(long attachmentId, int seq, byte[] data) {
        em.createNativeQuery("INSERT INTO attachments.attachment_chunk (attachment_id, seq, data) VALUES (?1, ?2, ?3)")
                .setParameter(1, attachmentId)
                .setParameter(2, seq)
                .setParameter(3, data)
                .executeUpdate();
    }

    /** The piece, or null after the last one. */
    public byte[] select(long attachmentId, int seq) {
        List<?> found = em.createNativeQuery(
                        "SELECT data FROM attachments.attachment_chunk WHERE attachment_id = ?1 AND seq = ?2")
                .setParameter(1, attachmentId)
                .setParameter(2, seq)
                .getResultList();
        return found.isEmpty() ? null : (byte[]) found.get(0);
    }
}
