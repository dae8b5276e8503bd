package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.IdentityAdministration;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.EmailAlreadyInUseException;
import dk.caseportal.identity.api.LinkPurpose;
import dk.caseportal.identity.api.UserDeactivated;
import dk.caseportal.identity.api.UserInvited;
import dk.caseportal.identity.api.UserQuery;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Creates and links users, customers, products and teams; each method is one transaction. */
@ApplicationScoped
@Transactional
public class IdentityAdministrationService implements IdentityAdministration {

    private static final Logger LOG = Logger.getLogger(IdentityAdministrationService.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Event<UserInvited> invited;

    @Inject
    AuditTrail audit;

    @Inject
    Event<UserDeactivated> deactivated;

    private final PasswordHasher hasher = new PasswordHasher();
    Clock clock = Clock.systemUTC();

    protected IdentityAdministrationService() {
        // for CDI
    }

    IdentityAdministrationService(EntityManager em) {
        this.em = em;
    }

    IdentityAdministrationService(EntityManager em, Event<UserInvited> invited, Event<UserDeactivated> deactivated,
                                  AuditTrail audit, Clock clock) {
        this.em = em;
        this.invited = invited;
        this.deactivated = deactivated;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CustomerId createCustomer(String name, String customerNumber) {
        Customer customer = new Customer(name, customerNumber);
        em.persist(customer);
        em.flush();
        return customer.id();
    }

    @Override
    public ProductId createProduct(String name) {
        Product product = new Product(name);
        em.persist(product);
        em.flush();
        return product.id();
    }

    @Override
    public void licenseProduct(CustomerId customer, ProductId product) {
        find(Customer.class, customer.value()).license(find(Product.class, product.value()));
    }

    @Override
    public UserId createUser(NewUser newUser) {
        User user = newUser(newUser);
        if (newUser.initialPassword() != null) {
            user.changePasswordHash(hasher.hash(newUser.initialPassword().toCharArray()));
        }
        em.persist(user);
        em.flush();
        LOG.fine(() -> "Created user " + user.id() + " with role " + user.role());
        return user.id();
    }

    @Override
    public UserId inviteUser(NewUser newUser) {
        User user = newUser(newUser);
        em.persist(user);
        em.flush();
        PasswordLinks.Created link = new PasswordLinks(em).create(user, LinkPurpose.INVITATION, clock.instant());
        UserSummary summary = user.toSummary();
        invited.fire(new UserInvited(user.id(), summary.name(), summary.email(), summary.locale(), link.token(),
                link.expiresAt()));
        audit.record(AuditAction.USER_INVITED, label(user), null,
                "role " + summary.role() + ", language " + summary.locale().getLanguage());
        LOG.info(() -> "Invited user " + user.id() + " with role " + user.role());
        return user.id();
    }

    private User newUser(NewUser newUser) {
        if (new JpaIdentityDirectory(em).findEntityByEmail(newUser.email()).isPresent()) {
            throw new EmailAlreadyInUseException(newUser.email());
        }
        return new User(newUser.name(), newUser.email(), newUser.role(), newUser.locale());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserSummary> findUsers(UserQuery query) {
        String order = switch (query.sortField() == null ? "" : query.sortField()) {
            case "email" -> "u.email";
            case "role" -> "u.role";
            case "active" -> "u.active";
            default -> "u.name";
        };
        UserFilter filter = new UserFilter(query);
        return filter.bind(em.createQuery("SELECT u FROM User u" + filter.where() + " ORDER BY " + order
                        + (query.ascending() || query.sortField() == null ? " ASC" : " DESC") + ", u.id", User.class))
                .setFirstResult(query.first())
                .setMaxResults(query.pageSize())
                .getResultStream()
                .map(User::toSummary)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countUsers(UserQuery query) {
        UserFilter filter = new UserFilter(query);
        return filter.bind(em.createQuery("SELECT COUNT(u) FROM User u" + filter.where(), Long.class))
                .getSingleResult();
    }

    @Override
    public void deactivateUser(UserId user) {
        User entity = find(User.class, user.value());
        if (entity.isActive()) {
            entity.deactivate();
            audit.record(AuditAction.USER_DEACTIVATED, label(entity), "active", "deactivated");
            deactivated.fire(new UserDeactivated(user));
            LOG.info(() -> "Deactivated user " + user);
        }
    }

    @Override
    public void reactivateUser(UserId user) {
        User entity = find(User.class, user.value());
        if (!entity.isActive()) {
            entity.activate();
            audit.record(AuditAction.USER_REACTIVATED, label(entity), "deactivated", "active");
            LOG.info(() -> "Reactivated user " + user);
        }
    }

    @Override
    public void changeRole(UserId user, Role newRole, long expectedVersion) {
        User entity = find(User.class, user.value());
        Versions.require(entity.version(), expectedVersion, "User " + user);
        Role before = entity.role();
        if (before != newRole) {
            entity.changeRole(newRole);
            Versions.write(em, entity, "User " + user);
            if (!newRole.isVendorStaff()) {
                leaveTeams(entity);
            }
            audit.record(AuditAction.ROLE_CHANGED, label(entity), before.name(), newRole.name());
            LOG.info(() -> "Changed the role of user " + user + " from " + before + " to " + newRole);
        }
    }

    /** Only vendor staff are on teams, so a user who becomes a customer's user leaves theirs. */
    private void leaveTeams(User user) {
        em.createQuery("SELECT t FROM AgentTeam t WHERE :user MEMBER OF t.memberIds", AgentTeam.class)
                .setParameter("user", user.id().value())
                .getResultList()
                .forEach(team -> {
                    team.removeMember(user.id().value());
                    audit.record(AuditAction.TEAM_MEMBER_REMOVED, label(user), team.name(), null);
                });
    }

    /** How a user is named in the audit trail. */
    static String label(User user) {
        UserSummary summary = user.toSummary();
        return summary.name() + " <" + summary.email() + ">";
    }

    @Override
    public void addMembership(UserId user, CustomerId customer) {
        em.persist(new Membership(find(User.class, user.value()), find(Customer.class, customer.value())));
    }

    @Override
    public void addCustomerAdministrator(UserId user, CustomerId customer) {
        Membership membership = new Membership(find(User.class, user.value()), find(Customer.class, customer.value()));
        membership.setCustomerAdmin(true);
        em.persist(membership);
    }

    @Override
    public void grantProductAccess(UserId user, CustomerId customer, ProductId product) {
        if (em.find(Membership.class, new Membership.Key(user.value(), customer.value())) == null) {
            throw new IllegalArgumentException("User " + user + " is not a member of customer " + customer);
        }
        if (!find(Customer.class, customer.value()).hasLicensed(product.value())) {
            throw new IllegalArgumentException("Customer " + customer + " has not licensed product " + product);
        }
        em.persist(new ProductAccess(user.value(), customer.value(), product.value()));
    }

    @Override
    public TeamId createTeam(String name) {
        AgentTeam team = new AgentTeam(name);
        em.persist(team);
        em.flush();
        return team.id();
    }

    @Override
    public void addTeamMember(TeamId team, UserId agent) {
        find(AgentTeam.class, team.value()).addMember(find(User.class, agent.value()));
    }

    private <T> T find(Class<T> type, long id) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw new IllegalArgumentException("No " + type.getSimpleName() + " with id " + id);
        }
        return entity;
    }
}
