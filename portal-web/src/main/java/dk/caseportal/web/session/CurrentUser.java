package dk.caseportal.web.session;

import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserPreferences;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.security.SignedInSessions;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * Who is signed in, and the language the pages speak. Before sign-in the language is the one last
 * chosen on this browser (a cookie), Danish by default; at sign-in it becomes the user's own.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LANGUAGE_COOKIE = "portal-language";
    private static final int COOKIE_AGE_SECONDS = 365 * 24 * 3600;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient IdentityDirectory directory;

    @Inject
    transient UserPreferences preferences;

    @Inject
    transient SignedInSessions sessions;

    private UserSummary user;
    private Locale locale;

    /** Called by the sign-in page once the container has accepted the credentials. */
    public void signedIn() {
        user = loadSignedInUser().orElse(null);
        if (user != null) {
            useLocale(user.locale());
            sessions.signedIn(user.id(), Faces.getSession());
        }
    }

    private Optional<UserSummary> loadSignedInUser() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return directory.findUser(new UserId(Long.parseLong(principal.getName())));
    }

    /** The signed-in user; looked up once per session. */
    public Optional<UserSummary> user() {
        if (user == null && securityContext.getCallerPrincipal() != null) {
            signedIn();
        }
        return Optional.ofNullable(user);
    }

    public UserSummary getUser() {
        return user().orElse(null);
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public Locale getLocale() {
        if (locale == null) {
            locale = Optional.ofNullable(Faces.getRequestCookie(LANGUAGE_COOKIE))
                    .flatMap(CurrentUser::supported)
                    .orElse(UserPreferences.SUPPORTED_LOCALES.get(0));
        }
        return locale;
    }

    /** Switches the language; remembered on the user when signed in, and on this browser. */
    public void changeLocale(String languageTag) {
        Locale chosen = supported(languageTag).orElseThrow(
                () -> new IllegalArgumentException("Unsupported language: " + languageTag));
        user().ifPresent(u -> {
            preferences.changeLocale(u.id(), chosen);
            user = new UserSummary(u.id(), u.name(), u.email(), chosen, u.role(), u.active(), u.version());
        });
        useLocale(chosen);
    }

    private void useLocale(Locale chosen) {
        locale = chosen;
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, chosen.getLanguage());
        String contextPath = Faces.getRequestContextPath();
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(COOKIE_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        Faces.getResponse().addCookie(cookie);
    }

    private static Optional<Locale> supported(String languageTag) {
        return UserPreferences.SUPPORTED_LOCALES.stream()
                .filter(l -> l.getLanguage().equals(languageTag))
                .findFirst();
    }
}
