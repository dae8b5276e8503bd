package dk.caseportal.cases.internal;

import dk.caseportal.attachments.api.Attachments;
import dk.caseportal.cases.api.CaseDetails;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.CasePage;
import dk.caseportal.cases.api.CaseStatus;
import dk.caseportal.cases.api.Priority;
import dk.caseportal.cases.api.CaseQuery;
import dk.caseportal.cases.api.CaseRow;
import dk.caseportal.cases.api.Cases;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.cases.api.NewCase;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.TeamSummary;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Creates cases and finds them for the caller, through the case access policy. */
@ApplicationScoped
@Transactional(dontRollbackOn = AccessRefusedException.class)
public class CaseService implements Cases {

    private static final Logger LOG = Logger.getLogger(CaseService.class.getName());

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    IdentityDirectory directory;

    @Inject
    AuditContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    CaseAccessPolicy policy;

    @Inject
    Attachments attachments;

    @Inject
    CaseSettings settings;

    Clock clock = Clock.systemUTC();

    protected CaseService() {
        // for CDI
    }

    CaseService(EntityManager em, IdentityDirectory directory, AuditContext caller, AuditTrail audit, Clock clock) {
        this.em = em;
        this.directory = directory;
        this.caller = caller;
        this.audit = audit;
        this.policy = new CaseAccessPolicy(directory);
        this.settings = new CaseSettings(14);
        this.clock = clock;
    }

    @Override
    public CaseNumber create(NewCase request) {
        UserSummary creator = Refusals.signedIn(caller);
        String title = requireTitle(request.title());
        String description = requireDescription(request.description());
        requireValue(request.typeId(), ReferenceKind.TYPE, "typeId");
        requireValue(request.urgencyId(), ReferenceKind.URGENCY, "urgencyId");
        requireValue(request.impactId(), ReferenceKind.IMPACT, "impactId");
        requireValue(request.subjectId(), ReferenceKind.SUBJECT, "subjectId");
        if (!policy.mayCreate(creator, request.customer(), request.product())) {
            throw Refusals.refuse(audit, LOG, creator,
                    "creating a case for customer " + request.customer() + ", product " + request.product());
        }
        SupportCase created = new SupportCase(new SupportCase.Classification(request.customer().value(),
                name(directory.findCustomer(request.customer()).map(c -> c.name())),
                request.product().value(), name(directory.findProduct(request.product()).map(p -> p.name())),
                request.typeId(), request.urgencyId(), request.impactId(), request.subjectId()),
                title, description, request.privateCase());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        created.open(nextNumber(), PriorityCell.of(em, request.urgencyId(), request.impactId()), creator.id().value(),
                creator.name(), now);
        AssignmentRule rule = firstMatchingRule(created);
        String teamName = Optional.ofNullable(rule.teamId()).flatMap(t -> directory.findTeam(new TeamId(t)))
                .map(TeamSummary::name).orElse(null);
        String ownerName = Optional.ofNullable(rule.ownerId()).flatMap(o -> directory.findUser(new UserId(o)))
                .map(UserSummary::name).orElse(null);
        created.assign(teamName == null ? null : rule.teamId(), teamName, ownerName == null ? null : rule.ownerId(),
                ownerName);
        em.persist(created);
        em.flush();
        em.persist(new CaseFollow(created.id(), creator.id().value()));
        em.persist(CaseEvent.created(created.id(), now, creator.id().value(), creator.name()));
        em.persist(CaseEvent.assignedByRule(created.id(), now, rule.id(), teamName, ownerName));
        if (request.files() != null) {
            // In this transaction: if anything fails, the files stay on the form's draft.
            attachments.claimStaged(request.files(), created.number().value());
        }
        LOG.info(() -> "Case " + created.number() + " created by user " + creator.id() + ", routed by rule "
                + rule.id());
        return created.number();
    }

    private static String name(Optional<String> name) {
        return name.orElseThrow(() -> new InvalidCaseException("customer", "unknown customer or product"));
    }

    private static String requireTitle(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > SupportCase.MAX_TITLE) {
            throw new InvalidCaseException("title", "1 to " + SupportCase.MAX_TITLE + " characters");
        }
        return stripped;
    }

    private static String requireDescription(String description) {
        String text = description == null ? "" : description.strip();
        if (text.length() > SupportCase.MAX_DESCRIPTION) {
            throw new InvalidCaseException("description", "at most " + SupportCase.MAX_DESCRIPTION + " characters");
        }
        return text;
    }

    private void requireValue(long id, ReferenceKind kind, String field) {
        ReferenceValues.requireActive(em, id, kind, field);
    }

    private long nextNumber() {
        return ((Number) em.createNativeQuery("SELECT nextval('cases.case_number_seq')").getSingleResult())
                .longValue();
    }

    private AssignmentRule firstMatchingRule(SupportCase candidate) {
        return em.createQuery(JpaAssignmentRules.orderedQuery(), AssignmentRule.class)
                .getResultStream()
                .filter(rule -> rule.matches(candidate))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The fallback assignment rule is missing"));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseDetails> find(CaseNumber number) {
        Optional<UserSummary> viewer = caller.actor();
        if (viewer.isEmpty()) {
            return Optional.empty();
        }
        return policy.visible(em, number, viewer.get()).map(found -> details(found, viewer.get()));
    }

    private CaseDetails details(SupportCase found, UserSummary viewer) {
        return new CaseDetails(found.number(), new CustomerId(found.customerId()), found.customerName(),
                new ProductId(found.productId()), found.productName(), value(found.typeId()),
                value(found.urgencyId()), value(found.impactId()), value(found.subjectId()), found.title(),
                found.description(), found.isPrivate(), found.status(), found.priority(),
                Optional.ofNullable(found.teamId()).map(TeamId::new).orElse(null), found.teamName(),
                Optional.ofNullable(found.ownerId()).map(UserId::new).orElse(null), found.ownerName(),
                found.contactName(), found.createdAt().toInstant(), found.updatedAt().toInstant(),
                Optional.ofNullable(found.solvedAt()).map(OffsetDateTime::toInstant).orElse(null), found.version(),
                CaseStatusRules.mayEdit(viewer, found), CaseStatusRules.mayMarkSolved(found),
                CaseStatusRules.mayReopen(found, clock.instant(), settings.reopenPeriod()));
    }

    private ReferenceValue value(long id) {
        return em.find(ReferenceValueEntity.class, id).toValue();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseRow> find(CaseQuery query) {
        return filterFor(query).map(filter -> rows(filter, query)).orElse(List.of());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(CaseQuery query) {
        return filterFor(query).map(this::count).orElse(0L);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CasePage page(CaseQuery query) {
        return filterFor(query).map(filter -> {
            long total = count(filter);
            return new CasePage(total > query.first() ? rows(filter, query) : List.of(), total);
        }).orElse(CasePage.EMPTY);
    }

    private Optional<CaseFilter> filterFor(CaseQuery query) {
        return caller.actor().flatMap(viewer -> CaseFilter.forCaller(viewer, query, directory));
    }

    private long count(CaseFilter filter) {
        return filter.bind(em.createQuery("SELECT COUNT(c) FROM SupportCase c" + filter.where(), Long.class))
                .getSingleResult();
    }

    /**
     * Only the columns a row shows, not the entities: no description (up to 32,000 characters)
     * read for nothing, and nothing for the persistence context to copy and track.
     */
    private List<CaseRow> rows(CaseFilter filter, CaseQuery query) {
        return filter.bind(em.createQuery("""
                        SELECT c.caseNumber, c.title, c.status, c.customerName, c.productName, c.priority,
                               c.updatedAt, c.teamName, c.ownerName, c.privateCase
                        FROM SupportCase c""" + filter.where()
                        + CaseFilter.orderBy(query.sortField(), query.ascending()), Object[].class))
                .setFirstResult(query.first())
                .setMaxResults(query.pageSize())
                .getResultStream()
                .map(CaseService::row)
                .toList();
    }

    private static CaseRow row(Object[] columns) {
        return new CaseRow(new CaseNumber((Long) columns[0]), (String) columns[1], (CaseStatus) columns[2],
                (String) columns[3], (String) columns[4], (Priority) columns[5],
                ((OffsetDateTime) columns[6]).toInstant(), (String) columns[7], (String) columns[8],
                (Boolean) columns[9]);
    }
}
