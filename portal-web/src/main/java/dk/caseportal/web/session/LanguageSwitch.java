package dk.caseportal.web.session;

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
        String home = contextPath + "/";
        // "//host" and "/\host" name another site to a browser; control characters would break the header.
        boolean local = back != null && back.startsWith(home) && !back.startsWith("//")
                && back.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f);
        return local ? back : home;
    }
}
