package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/** Stores what users choose for themselves. */
@ApplicationScoped
@Transactional
public class UserPreferencesService implements UserPreferences {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    protected UserPreferencesService() {
        // for CDI
    }

    UserPreferencesService(EntityManager em) {
        this.em = em;
    }

    @Override
    public void changeLocale(UserId user, Locale locale) {
        find(user).changeLocale(locale);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CustomerId> selectedCustomer(UserId user) {
        Long selected = find(user).selectedCustomerId();
        if (selected == null) {
            return Optional.empty();
        }
        CustomerId customer = new CustomerId(selected);
        return new JpaIdentityDirectory(em).customersOf(user).stream()
                .map(CustomerSummary::id)
                .filter(customer::equals)
                .findFirst();
    }

    @Override
    public void selectCustomer(UserId user, CustomerId customer) {
        if (em.find(Membership.class, new Membership.Key(user.value(), customer.value())) != null) {
            find(user).selectCustomer(customer.value());
        }
    }

    private User find(UserId user) {
        User entity = em.find(User.class, user.value());
        if (entity == null) {
            throw new IllegalArgumentException("No user with id " + user);
        }
        return entity;
    }
}
