package dk.caseportal.identity.api;

import java.util.List;

/** Changes to users, customers, products, access and teams. */
public interface IdentityAdministration {

    CustomerId createCustomer(String name, String customerNumber);

    ProductId createProduct(String name);

    /** Licenses a product to a customer: only licensed products can be granted to its members. */
    void licenseProduct(CustomerId customer, ProductId product);

    /** Creates a user with the given password (demo data and bootstrapping only). */
    UserId createUser(NewUser user);

    /**
     * Creates a user without a password and mails them a link to choose one (valid 72 hours).
     *
     * @throws EmailAlreadyInUseException when another user has the email
     */
    UserId inviteUser(NewUser user);

    List<UserSummary> findUsers(UserQuery query);

    long countUsers(UserQuery query);

    /** A deactivated user cannot sign in, and their access ends; nothing of theirs is deleted. */
    void deactivateUser(UserId user);

    void reactivateUser(UserId user);

    /**
     * @param expectedVersion the version of the user the administrator saw
     * @throws ConcurrentChangeException when the user changed since
     */
    void changeRole(UserId user, Role newRole, long expectedVersion);

    void addMembership(UserId user, CustomerId customer);

    /** Adds the user to the customer as its customer administrator (demo data and bootstrapping). */
    void addCustomerAdministrator(UserId user, CustomerId customer);

    /** Grants a member of the customer access to one of the customer's licensed products. */
    void grantProductAccess(UserId user, CustomerId customer, ProductId product);

    TeamId createTeam(String name);

    void addTeamMember(TeamId team, UserId agent);
}
