package dk.caseportal.web.security;

import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.LinkPurpose;
import dk.caseportal.identity.api.PasswordLinkInfo;
import dk.caseportal.identity.api.PasswordProblem;
import dk.caseportal.identity.api.PasswordReset;
import dk.caseportal.identity.api.PasswordRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import dk.caseportal.web.session.CurrentUser;
import java.util.Objects;
import java.util.Optional;
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

    @Inject
    IdentityDirectory directory;

    @Inject
    CurrentUser currentUser;

    private String token;
    private String password;
    private String repeat;
    private boolean linkValid;
    private boolean invitation;

    /**
     * Decides once per request whether the link can still be used, and shows the page in the
     * language of the user it is for: they arrive from a mail, perhaps on a new device.
     */
    public void checkLink() {
        Optional<PasswordLinkInfo> link = passwordReset.linkFor(token);
        linkValid = link.isPresent();
        invitation = link.map(l -> l.purpose() == LinkPurpose.INVITATION).orElse(false);
        link.flatMap(l -> directory.findUser(l.user()))
                .filter(user -> !Faces.isPostback() && !currentUser.isSignedIn())
                .ifPresent(user -> currentUser.changeLocale(user.locale().getLanguage()));
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
            Faces.redirect(invitation ? "signin?welcome=true" : "signin?passwordChanged=true");
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

    public boolean isInvitation() {
        return invitation;
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
