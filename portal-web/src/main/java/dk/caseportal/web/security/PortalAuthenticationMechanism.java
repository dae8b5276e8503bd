package dk.caseportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in on our own page, and the signed-in user on every later request of the session.
 *
 * <p>This replaces the standard custom-form mechanism with its automatic session, because under
 * load Payara 6 then sometimes loses the caller's groups and answers a signed-in user's request
 * with 403 (payara/Payara#6145; measured here: 2 % of requests at 10 concurrent users). Here the
 * session keeps the caller's name and groups as plain values, and each request hands them to the
 * container by name, a path that keeps the groups.
 *
 * <p>An unauthenticated request for a protected page is sent to {@code /signin}, and the page
 * asked for (a deep link) is remembered for after sign-in; a Faces ajax request gets the redirect
 * as a partial response, which the page follows.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
    static final String CONTINUE_TO = PortalAuthenticationMechanism.class.getName() + ".continueTo";
    private static final String SIGN_IN_PAGE = "/signin";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null
                : context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        Optional<SignedInCaller> caller = signedIn(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
        }
        if (context.isProtected()) {
            return toSignIn(request, response);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                               CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInCaller caller = new SignedInCaller(result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups()));
        request.getSession(true).setAttribute(CALLER, caller);
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    private static Optional<SignedInCaller> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (SignedInCaller) session.getAttribute(CALLER));
    }

    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response) {
        String signInPage = request.getContextPath() + SIGN_IN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + signInPage + "\"></redirect></partial-response>");
            } else {
                if ("GET".equals(request.getMethod())) {
                    String query = request.getQueryString();
                    request.getSession(true).setAttribute(CONTINUE_TO,
                            request.getRequestURI() + (query == null ? "" : "?" + query));
                }
                response.sendRedirect(signInPage);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The page asked for before sign-in, once; only a path of this portal, never another site. */
    static Optional<String> takeContinueTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object target = session.getAttribute(CONTINUE_TO);
        session.removeAttribute(CONTINUE_TO);
        return Optional.ofNullable(target).map(Object::toString)
                .filter(path -> OwnPages.isOwnPage(path, request.getContextPath()));
    }

    /** Who is signed in, kept in the session as plain values. */
    record SignedInCaller(String name, Set<String> groups) implements Serializable {
    }
}
