package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.Priority;
import dk.caseportal.cases.api.ReferenceDataAdministration;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** The reference lists and the priority matrix, as administrators change them; every change is audited. */
@ApplicationScoped
@Transactional
public class ReferenceDataAdminService implements ReferenceDataAdministration {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    AuditTrail audit;

    protected ReferenceDataAdminService() {
        // for CDI
    }

    ReferenceDataAdminService(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceValue> all(ReferenceKind kind) {
        return entities(kind).stream().map(ReferenceValueEntity::toValue).toList();
    }

    private List<ReferenceValueEntity> entities(ReferenceKind kind) {
        return em.createQuery("SELECT r FROM ReferenceValueEntity r WHERE r.kind = :kind ORDER BY r.position, r.id",
                        ReferenceValueEntity.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    @Override
    public ReferenceValue add(ReferenceKind kind, String labelDa, String labelEn) {
        requireFreeLabels(kind, labelDa, labelEn, null);
        List<ReferenceValueEntity> list = entities(kind);
        int position = list.stream().mapToInt(ReferenceValueEntity::position).max().orElse(0) + 1;
        ReferenceValueEntity value = new ReferenceValueEntity(kind, code(kind, labelEn), labelDa, labelEn, position);
        em.persist(value);
        em.flush();
        audit.record(AuditAction.REFERENCE_VALUE_ADDED, kind.name(), null, labels(value.toValue()));
        return value.toValue();
    }

    /** A stable code for the value, from its English label, unique within the list. */
    private String code(ReferenceKind kind, String labelEn) {
        String base = labelEn.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        base = base.isEmpty() ? "VALUE" : base.substring(0, Math.min(base.length(), 32));
        String code = base;
        for (int n = 2; codeTaken(kind, code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private boolean codeTaken(ReferenceKind kind, String code) {
        return em.createQuery("SELECT COUNT(r) FROM ReferenceValueEntity r WHERE r.kind = :kind AND r.code = :code",
                        Long.class)
                .setParameter("kind", kind)
                .setParameter("code", code)
                .getSingleResult() > 0;
    }

    @Override
    public void relabel(long id, String labelDa, String labelEn, long expectedVersion) {
        ReferenceValueEntity value = current(id, expectedVersion);
        String before = labels(value.toValue());
        requireFreeLabels(value.kind(), labelDa, labelEn, id);
        value.relabel(labelDa, labelEn);
        String after = labels(value.toValue());
        if (!before.equals(after)) {
            write(value);
            audit.record(AuditAction.REFERENCE_VALUE_CHANGED, value.kind().name(), before, after);
        }
    }

    @Override
    public void move(long id, boolean up) {
        ReferenceValueEntity value = em.find(ReferenceValueEntity.class, id);
        if (value == null) {
            throw new IllegalArgumentException("No reference value " + id);
        }
        List<ReferenceValueEntity> list = entities(value.kind());
        int index = list.indexOf(value);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= list.size()) {
            return;
        }
        // Renumber the whole list, so equal or sparse positions never leave the order ambiguous.
        list.add(other, list.remove(index));
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
        audit.record(AuditAction.REFERENCE_VALUE_CHANGED, value.kind().name(), labels(value.toValue()),
                "position " + (other + 1));
    }

    @Override
    public void setActive(long id, boolean active, long expectedVersion) {
        ReferenceValueEntity value = current(id, expectedVersion);
        if (value.toValue().active() != active) {
            value.setActive(active);
            write(value);
            audit.record(active ? AuditAction.REFERENCE_VALUE_REINSTATED : AuditAction.REFERENCE_VALUE_RETIRED,
                    value.kind().name(), null, labels(value.toValue()));
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Priority priority(long urgencyId, long impactId) {
        return PriorityCell.of(em, urgencyId, impactId);
    }

    @Override
    public void setPriority(long urgencyId, long impactId, Priority priority) {
        ReferenceValueEntity urgency = em.find(ReferenceValueEntity.class, urgencyId);
        ReferenceValueEntity impact = em.find(ReferenceValueEntity.class, impactId);
        if (urgency == null || urgency.kind() != ReferenceKind.URGENCY || impact == null
                || impact.kind() != ReferenceKind.IMPACT) {
            throw new IllegalArgumentException("Not an urgency and an impact: " + urgencyId + ", " + impactId);
        }
        PriorityCell cell = em.find(PriorityCell.class, new PriorityCell.Key(urgencyId, impactId));
        Priority before = cell == null ? null : cell.priority();
        if (before == priority) {
            return;
        }
        if (cell == null) {
            em.persist(new PriorityCell(urgencyId, impactId, priority));
        } else {
            cell.change(priority);
        }
        audit.record(AuditAction.PRIORITY_CHANGED, urgency.toValue().labelEn() + " × " + impact.toValue().labelEn(),
                before == null ? null : before.name(), priority.name());
    }

    private ReferenceValueEntity current(long id, long expectedVersion) {
        ReferenceValueEntity value = em.find(ReferenceValueEntity.class, id);
        if (value == null) {
            throw new IllegalArgumentException("No reference value " + id);
        }
        if (value.version() != expectedVersion) {
            throw new ConcurrentChangeException("Reference value " + id);
        }
        return value;
    }

    private void write(ReferenceValueEntity value) {
        Versions.write(em, value, "Reference value " + value.id());
    }

    private void requireFreeLabels(ReferenceKind kind, String labelDa, String labelEn, Long except) {
        for (String label : new String[] {labelDa, labelEn}) {
            boolean taken = em.createQuery("SELECT COUNT(r) FROM ReferenceValueEntity r WHERE r.kind = :kind"
                            + " AND (LOWER(r.labelDa) = :label OR LOWER(r.labelEn) = :label) AND r.id <> :except",
                            Long.class)
                    .setParameter("kind", kind)
                    .setParameter("label", label == null ? "" : label.strip().toLowerCase(Locale.ROOT))
                    .setParameter("except", except == null ? -1L : except)
                    .getSingleResult() > 0;
            if (taken) {
                throw new NameAlreadyInUseException(label);
            }
        }
    }

    private static String labels(ReferenceValue value) {
        return value.labelDa() + " / " + value.labelEn();
    }
}
