package dk.caseportal.identity.api;

import java.util.List;
import java.util.Optional;

/**
 * Read-only questions other modules ask about users, customers and product access. Every answer
 * reflects the database at the time of the call, so a change of access takes effect on the
 * user's next request.
 */
public interface IdentityDirectory {

    Optional<UserSummary> findUser(UserId id);

    /** Looks a user up by email, ignoring case. */
    Optional<UserSummary> findUserByEmail(String email);

    /** The customers the user is a member of, ordered by name. */
    List<CustomerSummary> customersOf(UserId user);

    /** The products the user may use for the customer, ordered by name; empty if not a member. */
    List<ProductSummary> productsFor(UserId user, CustomerId customer);

    /**
     * Every active customer the user is a member of, ordered by name, each with the customer
     * administrator flag and the products the user may use there: what a page shows about the
     * signed-in user, in two queries instead of one per customer.
     */
    List<CustomerAccess> accessOf(UserId user);

    /** Whether the user is a member of the customer and has access to the product there. */
    boolean hasProductAccess(UserId user, CustomerId customer, ProductId product);

    /** The active members of the customer who have access to the product, ordered by name. */
    List<UserSummary> membersWithAccess(CustomerId customer, ProductId product);

    Optional<CustomerSummary> findCustomer(CustomerId id);

    /** Every active customer, ordered by name (the vendor's staff choose among them). */
    List<CustomerSummary> activeCustomers();

    Optional<ProductSummary> findProduct(ProductId id);

    Optional<TeamSummary> findTeam(TeamId id);

    /** The teams the user is on, ordered by name. */
    List<TeamSummary> teamsOf(UserId user);

    /** Every agent team, ordered by name: what a case can be given to. */
    List<TeamSummary> teams();

    /** The active agents and administrators, ordered by name: who can own a case or follow any case. */
    List<UserSummary> staff();

    /** True when no user exists yet (a fresh installation). */
    boolean isEmpty();
}
