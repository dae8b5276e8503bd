package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.internal.SignInAttempt.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks an email and password against the users table. The caller name is the user's id (emails
 * may change); the only group is the user's role.
 *
 * <p>Unknown emails are verified against a dummy hash so that they take as long as wrong
 * passwords: response time must not tell which emails exist.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(PortalIdentityStore.class.getName());

    @Inject
    JpaIdentityDirectory directory;

    @Inject
    SignInAttempts attempts;

    @Inject
    AuditTrail audit;

    private final PasswordHasher hasher = new PasswordHasher();
    private volatile String dummyHash;

    protected PortalIdentityStore() {
        // for CDI
    }

    PortalIdentityStore(JpaIdentityDirectory directory, SignInAttempts attempts, AuditTrail audit) {
        this.directory = directory;
        this.attempts = attempts;
        this.audit = audit;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        if (attempts.throttledFor(email).isPresent()) {
            attempts.record(email, Outcome.THROTTLED);
            audit.recordAs(email, AuditAction.SIGN_IN_THROTTLED, null);
            LOG.info(() -> "Sign-in refused: account throttled after repeated failures");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<User> user = directory.findEntityByEmail(email);
        String storedHash = user.map(User::passwordHash).orElse(null);
        boolean passwordMatches = hasher.verify(credential.getPassword().getValue(),
                storedHash != null ? storedHash : dummyHash());
        if (user.isEmpty() || !passwordMatches || !user.get().maySignIn()) {
            attempts.record(email, Outcome.FAILURE);
            audit.recordAs(email, AuditAction.SIGN_IN_FAILED, null);
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempts.record(email, Outcome.SUCCESS);
        User signedIn = user.get();
        audit.recordAs(IdentityAdministrationService.label(signedIn), AuditAction.SIGN_IN, null);
        return new CredentialValidationResult(signedIn.id().toString(), Set.of(signedIn.role().name()));
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash("no such user".toCharArray());
        }
        return dummyHash;
    }
}
