package dk.caseportal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Sign-in is {@link PortalAuthenticationMechanism} on our own page, against
 * identity's {@code PortalIdentityStore}.
 */
@DeclareRoles({"CUSTOMER", "AGENT", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
