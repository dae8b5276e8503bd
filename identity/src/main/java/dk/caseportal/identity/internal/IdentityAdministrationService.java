package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.IdentityAdministration;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/** Creates and links users, customers, products and teams; each method is one transaction. */
@ApplicationScoped
@Transactional
public class IdentityAdministrationService implements IdentityAdministration {

    private static final Logger LOG = Logger.getLogger(IdentityAdministrationService.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    private final PasswordHasher hasher = new PasswordHasher();

    protected IdentityAdministrationService() {
        // for CDI
    }

    IdentityAdministrationService(EntityManager em) {
        this.em = em;
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
        User user = new User(newUser.name(), newUser.email(), newUser.role(), newUser.locale());
        if (newUser.initialPassword() != null) {
            user.changePasswordHash(hasher.hash(newUser.initialPassword().toCharArray()));
        }
        em.persist(user);
        em.flush();
        LOG.fine(() -> "Created user " + user.id() + " with role " + user.role());
        return user.id();
    }

    @Override
    public void addMembership(UserId user, CustomerId customer) {
        em.persist(new Membership(find(User.class, user.value()), find(Customer.class, customer.value())));
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
