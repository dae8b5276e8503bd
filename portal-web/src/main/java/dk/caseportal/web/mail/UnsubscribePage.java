package dk.caseportal.web.mail;

import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.notifications.api.CaseMailSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * The page a mail's unsubscribe link opens, without signing in: it asks before it stops the
 * mails (link scanners open links too), and says so when the link is not genuine. The token is
 * the address's {@code token} parameter, also when "Stop mails" posts back to the same address.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    CaseMailSettings mailSettings;

    private Optional<CaseNumber> target;
    private boolean done;

    /** "Stop mails". */
    public void confirm() {
        done = target().isPresent() && mailSettings.unsubscribe(token());
    }

    public boolean isValid() {
        return target().isPresent();
    }

    public boolean isDone() {
        return done;
    }

    public String getCaseNumber() {
        return target().map(CaseNumber::toString).orElse("");
    }

    private Optional<CaseNumber> target() {
        if (target == null) {
            target = mailSettings.unsubscribeTarget(token());
        }
        return target;
    }

    private static String token() {
        return Faces.getRequestParameter("token");
    }
}
