package dk.caseportal.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.cases.api.Priority;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import dk.caseportal.cases.api.RuleDetails;
import dk.caseportal.cases.api.RuleSpec;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators keep the reference lists, the priority matrix and the assignment rules. */
class CaseAdministrationTest {

    private final FakeIdentity identity = new FakeIdentity();
    private EntityManager em;
    private Transactions tx;
    private ReferenceDataAdminService referenceData;
    private JpaAssignmentRules rules;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        referenceData = new ReferenceDataAdminService(em, identity);
        rules = new JpaAssignmentRules(em, identity);
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private ReferenceValue subject(String labelDa) {
        return referenceData.all(ReferenceKind.SUBJECT).stream().filter(v -> v.labelDa().equals(labelDa))
                .findFirst().orElseThrow();
    }

    @Test
    void aValueIsAddedRelabelledMovedAndRetiredWhileOldCasesKeepIt() {
        ReferenceValue training = tx.inTransaction(() -> referenceData.add(ReferenceKind.SUBJECT, "Undervisning",
                "Training"));
        assertThat(training.code()).isEqualTo("TRAINING");
        assertThat(referenceData.all(ReferenceKind.SUBJECT)).last().isEqualTo(training);

        tx.run(() -> referenceData.relabel(training.id(), "Kursus", "Course", training.version()));
        tx.run(() -> referenceData.move(subject("Kursus").id(), true));
        assertThat(referenceData.all(ReferenceKind.SUBJECT)).extracting(ReferenceValue::labelDa)
                .containsExactly("Konsulentbistand", "Opsætning", "Integration", "Fejlrettelse", "Kursus", "Andet");

        tx.run(() -> referenceData.setActive(subject("Kursus").id(), false, subject("Kursus").version()));
        assertThat(new JpaReferenceData(em).active(ReferenceKind.SUBJECT)).extracting(v -> v.label(Locale.ENGLISH))
                .doesNotContain("Course");
        assertThat(new JpaReferenceData(em).find(training.id())).as("old cases keep it").isPresent();
        assertThat(identity.recorded).contains(AuditAction.REFERENCE_VALUE_ADDED, AuditAction.REFERENCE_VALUE_CHANGED,
                AuditAction.REFERENCE_VALUE_RETIRED);
    }

    @Test
    void labelsAreUniqueInAListAndStaleEditsAreRefused() {
        assertThatThrownBy(() -> tx.run(() -> referenceData.add(ReferenceKind.TYPE, "fejl", "Fault")))
                .isInstanceOf(NameAlreadyInUseException.class);
        ReferenceValue question = referenceData.all(ReferenceKind.TYPE).get(1);
        tx.run(() -> referenceData.relabel(question.id(), "Forespørgsel", "Enquiry", question.version()));

        assertThatThrownBy(() -> tx.run(() -> referenceData.relabel(question.id(), "Spørgsmål til drift",
                "Operations question", question.version()))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(referenceData.all(ReferenceKind.TYPE).get(1).labelEn()).isEqualTo("Enquiry");
        tx.run(() -> referenceData.relabel(question.id(), "Spørgsmål", "Question",
                referenceData.all(ReferenceKind.TYPE).get(1).version()));
    }

    @Test
    void thePriorityMatrixIsChanged() {
        assertThat(referenceData.priority(8, 9)).isEqualTo(Priority.LOW);
        tx.run(() -> referenceData.setPriority(8, 9, Priority.MEDIUM));
        assertThat(referenceData.priority(8, 9)).isEqualTo(Priority.MEDIUM);
        assertThatThrownBy(() -> tx.run(() -> referenceData.setPriority(9, 8, Priority.HIGH)))
                .as("impact and urgency swapped").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesAreAddedBeforeTheFallbackMovedChangedAndRemoved() {
        long first = tx.inTransaction(() -> rules.add(new RuleSpec(new CustomerId(201), null, null, null, null,
                new TeamId(401), new UserId(104))));
        long second = tx.inTransaction(() -> rules.add(new RuleSpec(null, null, 1L, null, null, new TeamId(402),
                null)));
        assertThat(rules.all()).extracting(RuleDetails::id).startsWith(first, second);
        assertThat(rules.all()).last().extracting(RuleDetails::fallback).isEqualTo(true);

        tx.run(() -> rules.move(second, true));
        assertThat(rules.all()).extracting(RuleDetails::id).startsWith(second, first);

        RuleDetails rule = rules.all().get(1);
        tx.run(() -> rules.update(first, new RuleSpec(new CustomerId(202), null, null, null, null, new TeamId(401),
                null), rule.version()));
        assertThatThrownBy(() -> tx.run(() -> rules.update(first, rule.spec(), rule.version())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(rules.all().get(1).spec().customer()).isEqualTo(new CustomerId(202));

        long fallback = rules.all().get(2).id();
        assertThatThrownBy(() -> tx.run(() -> rules.remove(fallback))).isInstanceOf(IllegalArgumentException.class);
        tx.run(() -> rules.remove(second));
        tx.run(() -> rules.routeFallbackTo(new TeamId(402), null));
        assertThat(rules.all()).extracting(r -> r.spec().team()).containsExactly(new TeamId(401), new TeamId(402));
        assertThat(identity.recorded).contains(AuditAction.ASSIGNMENT_RULE_ADDED, AuditAction.ASSIGNMENT_RULE_CHANGED,
                AuditAction.ASSIGNMENT_RULE_REMOVED);
    }
}
