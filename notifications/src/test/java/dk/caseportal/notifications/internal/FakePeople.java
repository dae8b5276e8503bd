package dk.caseportal.notifications.internal;

import dk.caseportal.cases.api.CaseAudience;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.ActingAs;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.CustomerAccess;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.TeamSummary;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The users, who follows which case and who may see it, as the notifications module asks the
 * identity and case modules — in memory. Only what the mails need is answered.
 */
final class FakePeople implements IdentityDirectory, CaseAudience, AuditContext, ActingAs {

    private final Map<UserId, UserSummary> users = new LinkedHashMap<>();
    private final Map<CaseNumber, Set<UserId>> audiences = new LinkedHashMap<>();
    private final Set<List<Long>> mayNotSee = new HashSet<>();
    private UserSummary signedIn;

    UserSummary user(long id, String name, String email, Locale locale, Role role) {
        UserSummary user = new UserSummary(new UserId(id), name, email, locale, role, true, 0);
        users.put(user.id(), user);
        return user;
    }

    void follows(CaseNumber number, UserSummary... followers) {
        for (UserSummary follower : followers) {
            audiences.computeIfAbsent(number, n -> new LinkedHashSet<>()).add(follower.id());
        }
    }

    /** The user's access to the case's product ended. */
    void losesAccess(UserSummary user, CaseNumber number) {
        mayNotSee.add(List.of(user.id().value(), number.value()));
    }

    void signIn(UserSummary user) {
        signedIn = user;
    }

    @Override
    public Set<UserId> audienceOf(CaseNumber number) {
        return audiences.getOrDefault(number, Set.of());
    }

    @Override
    public boolean maySee(UserId user, CaseNumber number) {
        return users.containsKey(user) && !mayNotSee.contains(List.of(user.value(), number.value()));
    }

    @Override
    public Optional<UserSummary> findUser(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<UserSummary> findUserByEmail(String email) {
        return users.values().stream().filter(user -> user.email().equalsIgnoreCase(email)).findFirst();
    }

    @Override
    public Optional<UserSummary> actor() {
        return Optional.ofNullable(signedIn);
    }

    @Override
    public Optional<String> address() {
        return Optional.empty();
    }

    @Override
    public <T> T run(UserId user, String channel, Supplier<T> work) {
        UserSummary before = signedIn;
        signedIn = findUser(user).orElseThrow(() -> new AccessRefusedException("no user " + user));
        try {
            return work.get();
        } finally {
            signedIn = before;
        }
    }

    // Not asked by the notifications module.

    @Override
    public List<CustomerSummary> customersOf(UserId user) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ProductSummary> productsFor(UserId user, CustomerId customer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CustomerAccess> accessOf(UserId user) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasProductAccess(UserId user, CustomerId customer, ProductId product) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<UserSummary> membersWithAccess(CustomerId customer, ProductId product) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CustomerSummary> findCustomer(CustomerId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CustomerSummary> activeCustomers() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ProductSummary> findProduct(ProductId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<TeamSummary> findTeam(TeamId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TeamSummary> teamsOf(UserId user) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TeamSummary> teams() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<UserSummary> staff() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isEmpty() {
        return users.isEmpty();
    }
}
