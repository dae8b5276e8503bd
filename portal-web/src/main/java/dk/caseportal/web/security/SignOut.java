package dk.caseportal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Ends the session completely and returns to the sign-in page. */
@Named
@RequestScoped
public class SignOut {

    public void submit() throws ServletException, IOException {
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Faces.redirect("signin?signedOut=true");
    }
}
