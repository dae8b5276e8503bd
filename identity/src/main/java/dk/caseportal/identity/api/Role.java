package dk.caseportal.identity.api;

/** What a user is to the vendor: a customer's user, a support agent, or an administrator. */
public enum Role {
    CUSTOMER,
    AGENT,
    ADMIN;

    /** Vendor staff see all cases; customers see only their own customers' cases. */
    public boolean isVendorStaff() {
        return this != CUSTOMER;
    }
}
