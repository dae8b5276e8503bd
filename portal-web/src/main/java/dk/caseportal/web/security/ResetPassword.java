package dk.caseportal.web.security;

import dk.caseportal.identity.api.PasswordProblem;
import dk.caseportal.identity.api.PasswordReset;
import dk.caseportal.identity.api.PasswordRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Objects;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs the page a reset link opens: choose a new password, then sign in with it. */
@Named
@RequestScoped
public class ResetPassword {

    private static final String PASSWORD_FIELD = "resetForm:password";
    private static final String REPEAT_FIELD = "resetForm:repeat";

    @Inject
    PasswordReset passwordReset;

    private String token;
    private String password;
    private String repeat;
    private boolean linkValid;

    /** Decides once per request whether the link can still be used. */
    public void checkLink() {
        linkValid = passwordReset.userForToken(token).isPresent();
    }

    public void submit() throws IOException {
        if (password == null || password.isEmpty()) {
            Messages.addError(PASSWORD_FIELD, "resetPassword.passwordRequired");
            return;
        }
        if (!Objects.equals(password, repeat)) {
            Messages.addError(REPEAT_FIELD, repeat == null ? "resetPassword.repeatRequired" : "resetPassword.mismatch");
            return;
        }
        PasswordReset.Result result = passwordReset.resetPassword(token, password);
        if (result.changed()) {
            Faces.redirect("signin?passwordChanged=true");
        } else if (result.invalidLink()) {
            linkValid = false;
        } else {
            for (PasswordProblem problem : result.problems()) {
                Messages.addError(PASSWORD_FIELD, "resetPassword.problem." + problem.name(),
                        PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH);
            }
        }
    }

    public int getMinLength() {
        return PasswordRules.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordRules.MAX_LENGTH;
    }

    public boolean isLinkValid() {
        return linkValid;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
