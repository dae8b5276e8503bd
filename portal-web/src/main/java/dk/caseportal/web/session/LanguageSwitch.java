package dk.caseportal.web.session;

import dk.caseportal.web.security.OwnPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * The Dansk / English switch in every page header: where it comes back to. The switch itself is
 * a plain form posting to {@link LanguageServlet}, so it also works from a page whose view has
 * expired (a Faces form there answered "Siden er udløbet" instead of switching).
 */
@Named
@RequestScoped
public class LanguageSwitch {

    /** The page's address as the browser asked for it, query string included (a case's tab, a link's token). */
    public String getBack() {
        return Faces.getRequestURIWithQueryString();
    }

    /**
     * The address to return to: {@code back} if it is a page of this portal, else its home page.
     * Only a path on the portal itself is followed, never another site (an open redirect).
     */
    static String safeBack(String back, String contextPath) {
        return OwnPages.isOwnPage(back, contextPath) ? back : contextPath + "/";
    }
}
