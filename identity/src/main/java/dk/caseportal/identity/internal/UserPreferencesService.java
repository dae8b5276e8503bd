package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;

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
        User entity = em.find(User.class, user.value());
        if (entity == null) {
            throw new IllegalArgumentException("No user with id " + user);
        }
        entity.changeLocale(locale);
    }
}
