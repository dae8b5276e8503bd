package dk.caseportal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on our own page. An unauthenticated request for a protected page is redirected to
 * {@code /signin}; after signing in the user is sent back to the page first asked for. The
 * identity store is identity's {@code PortalIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/signin", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"CUSTOMER", "AGENT", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
