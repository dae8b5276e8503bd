package dk.caseportal.cases.internal;

import dk.caseportal.identity.api.ConcurrentChangeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/**
 * Writes an administrator's change now and bumps the version, so a change someone else committed
 * meanwhile is caught by the version column and reported, not overwritten.
 */
final class Versions {

    private Versions() {
    }

    static void write(EntityManager em, Object entity, String what) {
        try {
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(what);
        }
    }
}
