package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.UserSummary;
import java.util.Optional;

/** The actor and address a test acts as. */
record TestAuditContext(UserSummary actorOrNull, String addressOrNull) implements AuditContext {

    static TestAuditContext anonymous() {
        return new TestAuditContext(null, "192.0.2.10");
    }

    @Override
    public Optional<UserSummary> actor() {
        return Optional.ofNullable(actorOrNull);
    }

    @Override
    public Optional<String> address() {
        return Optional.ofNullable(addressOrNull);
    }
}
