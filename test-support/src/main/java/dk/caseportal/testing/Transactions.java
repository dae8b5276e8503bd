package dk.caseportal.testing;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/** Runs test code in a resource-local transaction, as the container would around a service call. */
public final class Transactions {

    private final EntityManager em;

    public Transactions(EntityManager em) {
        this.em = em;
    }

    public <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            em.clear();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
