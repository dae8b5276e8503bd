package dk.caseportal.identity.api;

import java.util.List;

/**
 * The users of one customer and their access to its products, managed by the vendor's
 * administrators and by the customer's own administrators.
 *
 * <p>Every method acts for the signed-in caller and checks, here rather than in the pages, that
 * they may administer the customer: an administrator may administer any customer; a customer
 * administrator only their own customer while it is active. A request that names another
 * customer, a user who is not a member, or a product the customer has not licensed throws
 * {@link AccessRefusedException}, changes nothing and is recorded in the audit trail.
 */
public interface MemberAdministration {

    /** Whether the caller may administer the customer's users. */
    boolean mayAdminister(CustomerId customer);

    /** The active customers the caller is a customer administrator of, ordered by name. */
    List<CustomerSummary> administeredCustomers();

    CustomerSummary customer(CustomerId customer);

    /** The customer's active licensed products: the ones that can be granted. */
    List<ProductSummary> grantableProducts(CustomerId customer);

    /**
     * A page of members; {@code text} matches name or email, ignoring case.
     *
     * @param sortField {@code name} or {@code email}; null sorts by name
     */
    List<MemberDetails> members(CustomerId customer, String text, int first, int pageSize, String sortField,
                                boolean ascending);

    long countMembers(CustomerId customer, String text);

    /**
     * Invites a new user with the role CUSTOMER into the customer, with access to the given
     * products, and mails them a link to choose a password.
     *
     * @throws EmailAlreadyInUseException when a user has the email already
     */
    UserId invite(CustomerId customer, NewMember member);

    /** Adds an existing user to the customer. Administrators only. */
    void addMember(CustomerId customer, UserId user);

    /** Ends the user's membership and with it their access to the customer's products. */
    void removeMember(CustomerId customer, UserId user);

    void grant(CustomerId customer, UserId user, ProductId product);

    void revoke(CustomerId customer, UserId user, ProductId product);

    /** Grants the product to every member of the customer; returns how many got it now. */
    int grantToAllMembers(CustomerId customer, ProductId product);

    /** Makes the member a customer administrator or takes it away. Administrators only. */
    void setCustomerAdministrator(CustomerId customer, UserId user, boolean administrator);
}
