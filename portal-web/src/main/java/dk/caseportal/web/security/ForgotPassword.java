package dk.caseportal.web.security;

import dk.caseportal.identity.api.PasswordReset;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs "Glemt adgangskode?": the same answer whether the email belongs to a user or not. */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    PasswordReset passwordReset;

    private String email;
    private boolean sent;

    public void submit() {
        passwordReset.requestReset(email);
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
