package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Tells the audit trail who acts and from where: the signed-in caller of the current request and
 * the client's address, from the container's own beans. Outside a request (start-up, the mail
 * dispatcher) there is neither. It lives here rather than in the web module because, deployed as
 * an EAR, beans in the library jars cannot see beans of the WAR.
 */
@ApplicationScoped
public class RequestAuditContext implements AuditContext {

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext securityContext;

    @Inject
    IdentityDirectory directory;

    @Override
    public Optional<UserSummary> actor() {
        try {
            Principal caller = securityContext.getCallerPrincipal();
            return caller == null ? Optional.empty()
                    : directory.findUser(new UserId(Long.parseLong(caller.getName())));
        } catch (ContextNotActiveException | IllegalStateException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> address() {
        try {
            return Optional.ofNullable(request.getRemoteAddr());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
