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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

    /** The current request (the container's built-in bean): the language switch is a servlet, not a Faces page. */
    @Inject
    transient HttpServletRequest request;

    private UserSummary user;
    private Locale locale;

    /** Called by the sign-in page once the container has accepted the credentials. */
    public void signedIn() {
        load();
        if (user != null) {
            useLocale(user.locale(), Faces.getRequest(), Faces.getResponse());
        }
    }

    private void load() {
        user = loadSignedInUser().orElse(null);
        if (user != null) {
            locale = user.locale();
            sessions.signedIn(user.id(), request.getSession());
        }
    }

    private Optional<UserSummary> loadSignedInUser() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return directory.findUser(new UserId(Long.parseLong(principal.getName())));
    }

    /** The signed-in user; looked up once per session (also outside Faces, so it sets no cookie). */
    public Optional<UserSummary> user() {
        if (user == null && securityContext.getCallerPrincipal() != null) {
            load();
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

    /** Switches the language during a Faces request; see {@link #changeLocale(String, HttpServletRequest, HttpServletResponse)}. */
    public void changeLocale(String languageTag) {
        changeLocale(languageTag, Faces.getRequest(), Faces.getResponse());
    }

    /**
     * Switches the language; remembered on the user when signed in, and on this browser.
     *
     * @throws IllegalArgumentException for a language the portal does not speak
     */
    public void changeLocale(String languageTag, HttpServletRequest request, HttpServletResponse response) {
        Locale chosen = supported(languageTag).orElseThrow(
                () -> new IllegalArgumentException("Unsupported language: " + languageTag));
        user().ifPresent(u -> {
            preferences.changeLocale(u.id(), chosen);
            user = new UserSummary(u.id(), u.name(), u.email(), chosen, u.role(), u.active(), u.version());
        });
        useLocale(chosen, request, response);
    }

    private void useLocale(Locale chosen, HttpServletRequest request, HttpServletResponse response) {
        locale = chosen;
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, chosen.getLanguage());
        String contextPath = request.getContextPath();
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(COOKIE_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Whether the portal speaks this language ({@code da}, {@code en}). */
    public static boolean isSupported(String languageTag) {
        return supported(languageTag).isPresent();
    }

    private static Optional<Locale> supported(String languageTag) {
        return UserPreferences.SUPPORTED_LOCALES.stream()
                .filter(l -> l.getLanguage().equals(languageTag))
                .findFirst();
    }
}
