package dk.caseportal.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The Dansk / English switch in every page header. */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    CurrentUser currentUser;

    /** Redirects back to the same page, so a reload does not post again. */
    public void switchTo(String languageTag) throws IOException {
        currentUser.changeLocale(languageTag);
        Faces.redirect(Faces.getRequestURIWithQueryString());
    }
}
