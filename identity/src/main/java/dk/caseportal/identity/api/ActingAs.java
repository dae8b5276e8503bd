package dk.caseportal.identity.api;

import java.util.function.Supplier;

/**
 * Work done for a user outside a request of theirs — a reply they sent by mail: for the length of
 * the work, they are the caller every service sees ({@link AuditContext#actor()}), so the same
 * access checks apply and the audit trail names them, with the channel as their address.
 */
public interface ActingAs {

    /**
     * @param channel what the audit trail shows as the address, e.g. {@code "e-mail"}
     * @throws AccessRefusedException when the user does not exist or is deactivated
     */
    <T> T run(UserId user, String channel, Supplier<T> work);
}
