package dk.caseportal.web.members;

import java.io.Serializable;

/** What is typed to invite someone: name, email and the language of the invitation and the portal. */
public class InvitationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String email;
    private String language = "da";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
