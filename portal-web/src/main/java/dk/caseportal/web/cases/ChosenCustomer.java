package dk.caseportal.web.cases;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserPreferences;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer a customer's user last chose in "Vælg kunde": remembered on the user (so the next
 * session opens on it too) and kept for the session, so "Mine sager" does not read the preference
 * on every request.
 */
@SessionScoped
public class ChosenCustomer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserPreferences preferences;

    private boolean loaded;
    private Long customerId;

    /** The customer remembered for the user, if it is still one of theirs. */
    public Optional<Long> of(UserId user) {
        if (!loaded) {
            customerId = preferences.selectedCustomer(user).map(CustomerId::value).orElse(null);
            loaded = true;
        }
        return Optional.ofNullable(customerId);
    }

    /** Remembers a customer the user has just chosen (one of theirs: the caller has checked). */
    public void choose(UserId user, long customer) {
        if (!Objects.equals(of(user).orElse(null), customer)) {
            preferences.selectCustomer(user, new CustomerId(customer));
            customerId = customer;
        }
    }
}
