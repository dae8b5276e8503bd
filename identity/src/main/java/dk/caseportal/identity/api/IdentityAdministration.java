package dk.caseportal.identity.api;

/** Changes to users, customers, products, access and teams. */
public interface IdentityAdministration {

    CustomerId createCustomer(String name, String customerNumber);

    ProductId createProduct(String name);

    /** Licenses a product to a customer: only licensed products can be granted to its members. */
    void licenseProduct(CustomerId customer, ProductId product);

    UserId createUser(NewUser user);

    void addMembership(UserId user, CustomerId customer);

    /** Grants a member of the customer access to one of the customer's licensed products. */
    void grantProductAccess(UserId user, CustomerId customer, ProductId product);

    TeamId createTeam(String name);

    void addTeamMember(TeamId team, UserId agent);
}
