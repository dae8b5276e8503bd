package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseFollowers;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.Follower;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.ProductAccessEnded;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Who follows a case: adding, removing, and ending follows when access to the product ends. */
@ApplicationScoped
@Transactional(dontRollbackOn = AccessRefusedException.class)
public class FollowerService implements CaseFollowers {

    private static final Logger LOG = Logger.getLogger(FollowerService.class.getName());

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

    Clock clock = Clock.systemUTC();

    protected FollowerService() {
        // for CDI
    }

    FollowerService(EntityManager em, IdentityDirectory directory, AuditContext caller, AuditTrail audit,
                    Clock clock) {
        this.em = em;
        this.directory = directory;
        this.caller = caller;
        this.audit = audit;
        this.policy = new CaseAccessPolicy(directory);
        this.clock = clock;
    }

    @Override
    public List<Follower> followers(CaseNumber number) {
        Optional<UserSummary> viewer = caller.actor();
        if (viewer.isEmpty()) {
            return List.of();
        }
        return policy.visible(em, number, viewer.get()).map(found -> followersOf(found).stream()
                        .map(user -> new Follower(user.id(), user.name(), user.role().isVendorStaff(),
                                isCreator(found, user.id()), mayRemove(viewer.get(), found, user)))
                        .sorted(Comparator.comparing(Follower::creator).reversed()
                                .thenComparing(Follower::name, String.CASE_INSENSITIVE_ORDER))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public List<UserSummary> candidates(CaseNumber number) {
        Optional<UserSummary> viewer = caller.actor();
        if (viewer.isEmpty()) {
            return List.of();
        }
        return policy.visible(em, number, viewer.get())
                .map(found -> candidatesFor(viewer.get(), found))
                .orElse(List.of());
    }

    /**
     * The guide's rule: the customer's members with access to the product, none of them on a
     * private case; the vendor's staff may also add any agent. Who follows already is left out.
     */
    private List<UserSummary> candidatesFor(UserSummary viewer, SupportCase found) {
        Map<UserId, UserSummary> pool = new LinkedHashMap<>();
        if (!found.isPrivate()) {
            directory.membersWithAccess(new CustomerId(found.customerId()), new ProductId(found.productId()))
                    .forEach(user -> pool.put(user.id(), user));
        }
        if (viewer.role().isVendorStaff()) {
            directory.staff().forEach(user -> pool.put(user.id(), user));
        }
        Set<Long> following = followerIds(found.id());
        return pool.values().stream()
                .filter(user -> user.active() && !following.contains(user.id().value()))
                .sorted(Comparator.comparing(UserSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public void add(CaseNumber number, UserId user) {
        UserSummary viewer = Refusals.signedIn(caller);
        SupportCase found = policy.visible(em, number, viewer)
                .orElseThrow(() -> Refusals.refuse(audit, LOG, viewer, "following case " + number));
        if (followerIds(found.id()).contains(user.value())) {
            return;
        }
        UserSummary added = user.equals(viewer.id()) ? viewer : candidatesFor(viewer, found).stream()
                .filter(candidate -> candidate.id().equals(user))
                .findFirst()
                .orElseThrow(() -> Refusals.refuse(audit, LOG, viewer,
                        "adding user " + user + " as a follower of case " + number));
        OffsetDateTime now = now();
        em.persist(new CaseFollow(found.id(), user.value()));
        em.persist(CaseEvent.follower(CaseEvent.FOLLOWER_ADDED, found.id(), now, viewer.id().value(), viewer.name(),
                viewer.role().isVendorStaff(), added.name()));
        LOG.fine(() -> "User " + viewer.id() + " added user " + user + " as a follower of case " + number);
    }

    @Override
    public void remove(CaseNumber number, UserId user) {
        UserSummary viewer = Refusals.signedIn(caller);
        SupportCase found = policy.visible(em, number, viewer)
                .orElseThrow(() -> Refusals.refuse(audit, LOG, viewer, "unfollowing case " + number));
        if (!followerIds(found.id()).contains(user.value())) {
            return;
        }
        UserSummary removed = directory.findUser(user)
                .filter(follower -> mayRemove(viewer, found, follower))
                .orElseThrow(() -> Refusals.refuse(audit, LOG, viewer,
                        "removing user " + user + " as a follower of case " + number));
        delete(found.id(), user.value());
        em.persist(CaseEvent.follower(CaseEvent.FOLLOWER_REMOVED, found.id(), now(), viewer.id().value(),
                viewer.name(), viewer.role().isVendorStaff(), removed.name()));
        LOG.fine(() -> "User " + viewer.id() + " removed user " + user + " as a follower of case " + number);
    }

    /**
     * In the transaction that took the access away: the user stops following the cases of the
     * product at the customer, and each case's history says so. Private cases too: the creator
     * cannot see their case any more either.
     */
    void on(@Observes ProductAccessEnded ended) {
        List<SupportCase> followed = em.createQuery("""
                        SELECT c FROM SupportCase c WHERE c.customerId = :customer
                          AND EXISTS (SELECT f FROM CaseFollow f WHERE f.caseId = c.id AND f.userId = :user)""",
                        SupportCase.class)
                .setParameter("customer", ended.customer().value())
                .setParameter("user", ended.user().value())
                .getResultList();
        String name = directory.findUser(ended.user()).map(UserSummary::name).orElse(null);
        OffsetDateTime now = now();
        followed.stream()
                .filter(found -> ended.covers(new CustomerId(found.customerId()), new ProductId(found.productId())))
                .forEach(found -> {
                    delete(found.id(), ended.user().value());
                    em.persist(CaseEvent.follower(CaseEvent.FOLLOWER_REMOVED, found.id(), now, null, null, null,
                            name));
                });
        LOG.info(() -> "User " + ended.user() + " lost access at customer " + ended.customer()
                + " and stopped following " + followed.size() + " case(s)");
    }

    /**
     * Not the creator, who always follows. Anyone stops following themselves; the vendor's staff
     * remove anyone; a customer's user removes the customer's side (not the vendor's agents).
     */
    private static boolean mayRemove(UserSummary viewer, SupportCase found, UserSummary follower) {
        if (isCreator(found, follower.id())) {
            return false;
        }
        return follower.id().equals(viewer.id()) || viewer.role().isVendorStaff()
                || !follower.role().isVendorStaff();
    }

    private static boolean isCreator(SupportCase found, UserId user) {
        return found.contactId() == user.value();
    }

    private List<UserSummary> followersOf(SupportCase found) {
        return followerIds(found.id()).stream()
                .map(id -> directory.findUser(new UserId(id)))
                .flatMap(Optional::stream)
                .toList();
    }

    private Set<Long> followerIds(long caseId) {
        return em.createQuery("SELECT f.userId FROM CaseFollow f WHERE f.caseId = :case", Long.class)
                .setParameter("case", caseId)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    private void delete(long caseId, long userId) {
        em.createQuery("DELETE FROM CaseFollow f WHERE f.caseId = :case AND f.userId = :user")
                .setParameter("case", caseId)
                .setParameter("user", userId)
                .executeUpdate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
