package dk.caseportal.web.admin;

import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.EmailAlreadyInUseException;
import dk.caseportal.identity.api.IdentityAdministration;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.i18n.BundleMessages;
import dk.caseportal.web.members.InvitationForm;
import dk.caseportal.web.session.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/** Backs the administrators' user list: find, invite, deactivate and reactivate users, change roles. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IdentityAdministration administration;

    @Inject
    CurrentUser currentUser;

    private LazyUserModel users;
    private Invitation invitation = new Invitation();
    private UserSummary roleChange;
    private Role newRole;

    @PostConstruct
    void init() {
        users = new LazyUserModel(administration);
    }

    public void newInvitation() {
        invitation = new Invitation();
    }

    /** Keeps the dialog open with everything typed when the email is taken. */
    public void invite() {
        try {
            administration.inviteUser(new NewUser(invitation.getName(), invitation.getEmail(), invitation.getRole(),
                    Locale.forLanguageTag(invitation.getLanguage()), null));
            Messages.addGlobalInfo("users.invited", invitation.getEmail().strip());
            PrimeFaces.current().ajax().addCallbackParam("invited", true);
        } catch (EmailAlreadyInUseException e) {
            Messages.addError("inviteForm:email", "users.emailInUse");
        }
    }

    public void deactivate(UserSummary user) {
        if (isSelf(user)) {
            Messages.addGlobalWarn("users.notYourself");
            return;
        }
        administration.deactivateUser(user.id());
        Messages.addGlobalInfo("users.deactivated", user.name());
    }

    public void reactivate(UserSummary user) {
        administration.reactivateUser(user.id());
        Messages.addGlobalInfo("users.reactivated", user.name());
    }

    public void editRole(UserSummary user) {
        roleChange = user;
        newRole = user.role();
    }

    /** Administrators cannot change their own role, so the portal always keeps one. */
    public void changeRole() {
        if (isSelf(roleChange)) {
            Messages.addError("roleForm:role", "users.notYourselfRole");
            return;
        }
        try {
            administration.changeRole(roleChange.id(), newRole, roleChange.version());
            Messages.addGlobalInfo("users.roleChanged", roleChange.name(), BundleMessages.format(
                    "role." + newRole, currentUser.getLocale()));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (ConcurrentChangeException e) {
            Messages.addError("roleForm:role", "users.changedMeanwhile");
        }
    }

    public UserSummary getRoleChange() {
        return roleChange;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public boolean isSelf(UserSummary user) {
        return currentUser.user().map(me -> me.id().equals(user.id())).orElse(false);
    }

    public LazyUserModel getUsers() {
        return users;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Invitation getInvitation() {
        return invitation;
    }

    /** What the administrator types in the invitation dialog: who, and their role. */
    public static class Invitation extends InvitationForm {

        private static final long serialVersionUID = 1L;

        private Role role = Role.CUSTOMER;

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }
    }
}
