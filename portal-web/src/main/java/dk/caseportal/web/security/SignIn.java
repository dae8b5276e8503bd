package dk.caseportal.web.security;

import dk.caseportal.identity.api.SignInGuard;
import dk.caseportal.web.session.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs the sign-in page. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInGuard guard;

    @Inject
    CurrentUser currentUser;

    private String email;
    private String password;

    /** Someone already signed in who opens the sign-in page goes to the home page instead. */
    public void redirectIfSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            Faces.redirect("");
        }
    }

    public void submit() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        HttpServletResponse response = Faces.getResponse();
        // A fresh session id before authenticating: an id planted by someone else never becomes
        // an authenticated session (session fixation).
        request.getSession(true);
        request.changeSessionId();

        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            currentUser.signedIn();
            // Back to the page first asked for (a deep link), or home.
            Optional<String> target = PortalAuthenticationMechanism.takeContinueTo(request);
            if (target.isPresent()) {
                response.sendRedirect(target.get());
                Faces.responseComplete();
            } else {
                Faces.redirect("");
            }
        } else {
            refused();
        }
    }

    private void refused() {
        password = null;
        guard.throttledFor(email).ifPresentOrElse(
                left -> Messages.addGlobalError("signIn.throttled", minutesRoundedUp(left)),
                () -> Messages.addGlobalError("signIn.failed"));
    }

    private static long minutesRoundedUp(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
