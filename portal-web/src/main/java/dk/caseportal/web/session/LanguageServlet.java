package dk.caseportal.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Logger;

/**
 * The header's language switch posts here ({@code language}: da or en; {@code back}: the page it was
 * on). Remembers the choice (on the user when signed in, and on this browser) and returns to the page
 * (303, so a reload does not post again). A plain form rather than a Faces one, like "Log ud": it
 * works from any page, also one whose view has expired.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LanguageServlet.class.getName());

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String language = request.getParameter("language");
        if (CurrentUser.isSupported(language)) {
            currentUser.changeLocale(language, request, response);
        } else {
            // Not one of the switch's two buttons: a hand-made request. The page comes back as it was.
            LOG.fine(() -> "Ignored a switch to an unsupported language: " + language);
        }
        back(request, response);
    }

    /** Only a post switches; an address typed or followed (a GET) just goes back to the page. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        back(request, response);
    }

    private static void back(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", LanguageSwitch.safeBack(request.getParameter("back"), request.getContextPath()));
    }
}
