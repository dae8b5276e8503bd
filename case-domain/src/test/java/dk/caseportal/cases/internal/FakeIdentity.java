package dk.caseportal.cases.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.AuditTrail;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Identity as the case module sees it, in memory: who is signed in, their customers, products
 * and teams, and what the audit trail was told.
 */
final class FakeIdentity implements IdentityDirectory, AuditContext, AuditTrail {

    private final Map<UserId, UserSummary> users = new LinkedHashMap<>();
    private final Map<CustomerId, CustomerSummary> customers = new LinkedHashMap<>();
    private final Map<ProductId, ProductSummary> products = new LinkedHashMap<>();
    private final Map<TeamId, TeamSummary> teams = new LinkedHashMap<>();
    private final Set<List<Long>> access = new HashSet<>();
    private final Map<UserId, List<TeamSummary>> teamsOf = new HashMap<>();
    final List<AuditAction> recorded = new ArrayList<>();
    private UserSummary actor;

    UserId user(long id, String name, Role role) {
        UserId userId = new UserId(id);
        users.put(userId, new UserSummary(userId, name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com",
                Locale.ENGLISH, role, true, 0));
        return userId;
    }

    CustomerId customer(long id, String name) {
        CustomerId customerId = new CustomerId(id);
        customers.put(customerId, new CustomerSummary(customerId, name, "1000" + id));
        return customerId;
    }

    ProductId product(long id, String name) {
        ProductId productId = new ProductId(id);
        products.put(productId, new ProductSummary(productId, name));
        return productId;
    }

    TeamId team(long id, String name, UserId... members) {
        TeamId teamId = new TeamId(id);
        teams.put(teamId, new TeamSummary(teamId, name));
        for (UserId member : members) {
            teamsOf.computeIfAbsent(member, m -> new ArrayList<>()).add(teams.get(teamId));
        }
        return teamId;
    }

    void grant(UserId user, CustomerId customer, ProductId product) {
        access.add(List.of(user.value(), customer.value(), product.value()));
    }

    void revoke(UserId user, CustomerId customer, ProductId product) {
        access.remove(List.of(user.value(), customer.value(), product.value()));
    }

    void signIn(UserId user) {
        actor = users.get(user);
    }

    @Override
    public Optional<UserSummary> actor() {
        return Optional.ofNullable(actor);
    }

    @Override
    public Optional<String> address() {
        return Optional.of("192.0.2.1");
    }

    @Override
    public Optional<UserSummary> findUser(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<UserSummary> findUserByEmail(String email) {
        return users.values().stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
    }

    @Override
    public List<CustomerSummary> customersOf(UserId user) {
        return customers.values().stream()
                .filter(c -> access.stream().anyMatch(a -> a.get(0) == user.value() && a.get(1) == c.id().value()))
                .toList();
    }

    @Override
    public List<ProductSummary> productsFor(UserId user, CustomerId customer) {
        return products.values().stream().filter(p -> hasProductAccess(user, customer, p.id())).toList();
    }

    @Override
    public List<CustomerAccess> accessOf(UserId user) {
        return customersOf(user).stream()
                .map(c -> new CustomerAccess(c, false, productsFor(user, c.id())))
                .toList();
    }

    @Override
    public boolean hasProductAccess(UserId user, CustomerId customer, ProductId product) {
        return access.contains(List.of(user.value(), customer.value(), product.value()));
    }

    @Override
    public List<UserSummary> membersWithAccess(CustomerId customer, ProductId product) {
        return users.values().stream().filter(u -> hasProductAccess(u.id(), customer, product)).toList();
    }

    @Override
    public Optional<CustomerSummary> findCustomer(CustomerId id) {
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public List<CustomerSummary> activeCustomers() {
        return List.copyOf(customers.values());
    }

    @Override
    public Optional<ProductSummary> findProduct(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    @Override
    public Optional<TeamSummary> findTeam(TeamId id) {
        return Optional.ofNullable(teams.get(id));
    }

    @Override
    public List<TeamSummary> teamsOf(UserId user) {
        return teamsOf.getOrDefault(user, List.of());
    }

    @Override
    public List<TeamSummary> teams() {
        return List.copyOf(teams.values());
    }

    @Override
    public List<UserSummary> staff() {
        return users.values().stream().filter(u -> u.active() && u.role().isVendorStaff()).toList();
    }

    @Override
    public boolean isEmpty() {
        return users.isEmpty();
    }

    @Override
    public void record(AuditAction action, String target, String before, String after) {
        recorded.add(action);
    }

    @Override
    public void recordAs(String actorName, AuditAction action, String target) {
        recorded.add(action);
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        return List.of();
    }

    @Override
    public long count(AuditQuery query) {
        return recorded.size();
    }
}
