package dk.caseportal.notifications.internal;

import dk.caseportal.cases.api.CaseAudience;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Whether a user should get a mail about a case: asked when the mail is queued and again when it
 * is sent, because access may end, or the case be muted, in between.
 */
@ApplicationScoped
public class CaseMailRecipients {

    @Inject
    CaseAudience audience;

    @Inject
    IdentityDirectory directory;

    @Inject
    MailPreferences preferences;

    protected CaseMailRecipients() {
        // for CDI
    }

    CaseMailRecipients(CaseAudience audience, IdentityDirectory directory, MailPreferences preferences) {
        this.audience = audience;
        this.directory = directory;
        this.preferences = preferences;
    }

    /** Why the mail must not go to its recipient now; empty if it may. */
    Optional<String> whyNot(OutgoingMail.CaseRecipient about) {
        Optional<UserSummary> user = directory.findUser(new UserId(about.userId()));
        return user.isEmpty() ? Optional.of("the recipient no longer exists")
                : whyNot(user.get(), new CaseNumber(about.caseNumber()), about.staffOnly());
    }

    Optional<String> whyNot(UserSummary user, CaseNumber number, boolean staffOnly) {
        if (!user.active()) {
            return Optional.of("the recipient is deactivated");
        }
        if (staffOnly && !user.role().isVendorStaff()) {
            return Optional.of("an internal note, and the recipient is not the vendor's staff");
        }
        if (!audience.maySee(user.id(), number)) {
            return Optional.of("the recipient can no longer see case " + number);
        }
        if (preferences.isMuted(user.id().value(), number.value())) {
            return Optional.of("the recipient muted case " + number);
        }
        return Optional.empty();
    }
}
