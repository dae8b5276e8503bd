package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseActivity;
import dk.caseportal.cases.api.CaseFeed;
import dk.caseportal.cases.api.CaseField;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.FeedEntry;
import dk.caseportal.cases.api.FeedOrder;
import dk.caseportal.cases.api.FeedPage;
import dk.caseportal.cases.api.FeedQuery;
import dk.caseportal.cases.api.FieldChange;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Posts and the feed of a case. The feed merges the case's posts and history entries in time
 * order; each is read only as far as the page asked for needs.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = AccessRefusedException.class)
public class FeedService implements CaseFeed {

    private static final Logger LOG = Logger.getLogger(FeedService.class.getName());

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    AuditContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    CaseAccessPolicy policy;

    @Inject
    CaseActivities activities;

    Clock clock = Clock.systemUTC();

    protected FeedService() {
        // for CDI
    }

    FeedService(EntityManager em, AuditContext caller, AuditTrail audit, CaseAccessPolicy policy, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
        this.activities = CaseActivities.none();
    }

    @Override
    public void share(CaseNumber number, String html, boolean internal) {
        UserSummary author = Refusals.signedIn(caller);
        Optional<SupportCase> visible = policy.visible(em, number, author);
        if (visible.isEmpty() || internal && !author.role().isVendorStaff()) {
            throw Refusals.refuse(audit, LOG, author, (internal ? "an internal note" : "a post") + " on case " + number);
        }
        String clean = PostHtml.sanitize(html);
        String text = PostHtml.text(clean);
        if (text.isEmpty() && !clean.contains("<img")) {
            throw new InvalidCaseException("post", "nothing to share");
        }
        if (clean.length() > MAX_POST) {
            throw new InvalidCaseException("post", "at most " + MAX_POST + " characters");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        SupportCase found = visible.get();
        em.persist(new CasePost(found.id(), author.id().value(), author.name(), author.role().isVendorStaff(),
                internal, clean, now));
        SupportCase.touch(em, found.id(), now);
        activities.tell(CaseActivity.post(number, found.title(), author.id(), author.name(),
                author.role().isVendorStaff(), now.toInstant(), internal, clean, text));
        LOG.fine(() -> "User " + author.id() + " shared " + (internal ? "an internal note" : "a post") + " on case "
                + number);
    }

    @Override
    public Optional<FeedPage> feed(CaseNumber number, FeedQuery query) {
        Optional<UserSummary> viewer = caller.actor();
        if (viewer.isEmpty()) {
            return Optional.empty();
        }
        return policy.visible(em, number, viewer.get()).map(found -> page(found.id(), viewer.get(), query));
    }

    private FeedPage page(long caseId, UserSummary viewer, FeedQuery query) {
        boolean oldestFirst = query.order() == FeedOrder.OLDEST_FIRST;
        String direction = oldestFirst ? " ASC" : " DESC";
        String search = query.search() == null ? null : Contains.pattern(query.search());
        // One more than asked of each: enough to know whether there is more.
        int wanted = query.limit() + 1;

        TypedQuery<CasePost> posts = em.createQuery("SELECT p FROM CasePost p WHERE p.caseId = :case"
                + (viewer.role().isVendorStaff() ? "" : " AND p.internal = FALSE")
                + (search == null ? "" : " AND (LOWER(p.bodyText) LIKE :search OR LOWER(p.authorName) LIKE :search)")
                + " ORDER BY p.postedAt" + direction + ", p.id" + direction, CasePost.class);
        TypedQuery<CaseEvent> events = em.createQuery("SELECT e FROM CaseEvent e WHERE e.caseId = :case"
                + (search == null ? "" : " AND LOWER(e.actorName) LIKE :search")
                + " ORDER BY e.occurredAt" + direction + ", e.id" + direction, CaseEvent.class);
        for (TypedQuery<?> each : List.of(posts, events)) {
            // Only read: no copies registered in the persistence context.
            each.setParameter("case", caseId).setMaxResults(wanted).setHint(SupportCase.READ_ONLY, true);
            if (search != null) {
                each.setParameter("search", search);
            }
        }
        List<Timed> merged = new ArrayList<>();
        posts.getResultList().forEach(post -> merged.add(new Timed(post.postedAt(), post.toEntry())));
        List<CaseEvent> history = events.getResultList();
        Map<Long, List<FieldChange>> changes = changesOf(history);
        history.forEach(event -> merged.add(new Timed(event.occurredAt(),
                FeedEntry.history(event.id(), event.toEntry(changes.getOrDefault(event.id(), List.of()))))));
        Comparator<Timed> byTime = Comparator.comparing(Timed::at);
        merged.sort(oldestFirst ? byTime : byTime.reversed());
        boolean more = merged.size() > query.limit();
        return new FeedPage(merged.stream().limit(query.limit()).map(Timed::entry).toList(), more);
    }

    /** The fields the updates among the entries changed, in one query for the whole page. */
    private Map<Long, List<FieldChange>> changesOf(List<CaseEvent> history) {
        List<Long> updates = history.stream().filter(e -> CaseEvent.UPDATED.equals(e.kind())).map(CaseEvent::id)
                .toList();
        if (updates.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<FieldChange>> changes = new HashMap<>();
        em.createQuery("""
                        SELECT e.id, c.field, c.oldValue, c.newValue FROM CaseEvent e JOIN e.changes c
                        WHERE e.id IN :ids ORDER BY e.id, INDEX(c)""", Object[].class)
                .setParameter("ids", updates)
                .getResultStream()
                .forEach(row -> changes.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new FieldChange((CaseField) row[1], (String) row[2], (String) row[3])));
        return changes;
    }

    private record Timed(OffsetDateTime at, FeedEntry entry) {
    }
}
