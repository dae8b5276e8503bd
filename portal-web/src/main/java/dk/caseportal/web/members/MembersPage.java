package dk.caseportal.web.members;

import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.EmailAlreadyInUseException;
import dk.caseportal.identity.api.IdentityAdministration;
import dk.caseportal.identity.api.MemberAdministration;
import dk.caseportal.identity.api.MemberDetails;
import dk.caseportal.identity.api.NewMember;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserQuery;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.security.RefusedAccessRecorder;
import dk.caseportal.web.session.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * Backs "Brugere" for one customer: its members, their access to the customer's products,
 * invitations and removal. Administrators may open it for any customer and also add existing users
 * and appoint customer administrators; a customer administrator only for their own customer. The
 * identity module checks every action again, so a tampered request is refused there.
 */
@Named
@ViewScoped
public class MembersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @Inject
    transient MemberAdministration members;

    @Inject
    transient IdentityAdministration users;

    @Inject
    transient AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    private Long customerParameter;
    private CustomerSummary customer;
    private List<CustomerSummary> administered = List.of();
    private List<ProductSummary> products = List.of();
    private LazyMemberModel list;
    private Invitation invitation = new Invitation();
    private UserSummary existingUser;
    private Long bulkProduct;

    /** Opens the customer asked for, or the first the customer administrator manages; otherwise "no access". */
    public void load() {
        administered = members.administeredCustomers();
        CustomerId wanted = customerParameter != null ? new CustomerId(customerParameter)
                : administered.stream().findFirst().map(CustomerSummary::id).orElse(null);
        if (wanted == null || !members.mayAdminister(wanted)) {
            refuse();
            return;
        }
        customer = members.customer(wanted);
        products = members.grantableProducts(wanted);
        list = new LazyMemberModel(members, wanted);
    }

    /** Records the attempt with the customer asked for, and shows the "Ingen adgang" page. */
    private void refuse() {
        audit.record(AuditAction.ACCESS_REFUSED, Faces.getRequestURIWithQueryString(), null, null);
        Faces.setRequestAttribute(RefusedAccessRecorder.RECORDED, true);
        Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Not an administrator of the customer");
    }

    public void toggleAccess(MemberDetails member, ProductSummary product) {
        act(() -> {
            if (member.hasAccessTo(product.id())) {
                members.revoke(customer.id(), member.user().id(), product.id());
                Messages.addGlobalInfo("members.revoked", product.name(), member.user().name());
            } else {
                members.grant(customer.id(), member.user().id(), product.id());
                Messages.addGlobalInfo("members.granted", product.name(), member.user().name());
            }
        });
    }

    public void toggleCustomerAdministrator(MemberDetails member) {
        act(() -> {
            members.setCustomerAdministrator(customer.id(), member.user().id(), !member.customerAdministrator());
            Messages.addGlobalInfo(member.customerAdministrator() ? "members.adminRevoked" : "members.adminGranted",
                    member.user().name(), customer.name());
        });
    }

    public void remove(MemberDetails member) {
        if (isSelf(member)) {
            Messages.addGlobalWarn("members.notYourself");
            return;
        }
        act(() -> {
            members.removeMember(customer.id(), member.user().id());
            Messages.addGlobalInfo("members.removed", member.user().name(), customer.name());
        });
    }

    public void grantToAll() {
        if (bulkProduct == null) {
            Messages.addError("bulkForm:bulkProduct", "members.chooseProduct");
            return;
        }
        act(() -> {
            ProductSummary product = products.stream().filter(p -> p.id().value() == bulkProduct).findFirst()
                    .orElseThrow(() -> new AccessRefusedException("product " + bulkProduct));
            int granted = members.grantToAllMembers(customer.id(), product.id());
            Messages.addGlobalInfo("members.grantedToAll", product.name(), granted);
        });
    }

    public void newInvitation() {
        invitation = new Invitation();
    }

    /** Keeps the dialog open with everything typed when the email is taken. */
    public void invite() {
        try {
            members.invite(customer.id(), new NewMember(invitation.getName(), invitation.getEmail(),
                    Locale.forLanguageTag(invitation.getLanguage()),
                    invitation.getProducts().stream().map(ProductId::new).collect(Collectors.toSet())));
            Messages.addGlobalInfo("users.invited", invitation.getEmail().strip());
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (EmailAlreadyInUseException e) {
            Messages.addError("inviteForm:email", isAdministrator() ? "members.emailInUseAdmin" : "members.emailInUse");
        } catch (AccessRefusedException e) {
            Messages.addGlobalError("members.refused");
        }
    }

    /** Suggestions for "add existing user": customers' users matching name or email. */
    public List<UserSummary> completeUsers(String text) {
        return users.findUsers(new UserQuery(text, Role.CUSTOMER, 0, SUGGESTIONS, "name", true));
    }

    public void addExisting() {
        if (existingUser == null) {
            Messages.addError("addForm:user", "members.chooseUser");
            return;
        }
        act(() -> {
            members.addMember(customer.id(), existingUser.id());
            Messages.addGlobalInfo("members.added", existingUser.name(), customer.name());
            PrimeFaces.current().ajax().addCallbackParam("done", true);
            existingUser = null;
        });
    }

    /** A refusal means the page was tampered with or the caller lost their rights meanwhile. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (AccessRefusedException e) {
            Messages.addGlobalError("members.refused");
        }
    }

    public boolean isSelf(MemberDetails member) {
        return currentUser.user().map(me -> me.id().equals(member.user().id())).orElse(false);
    }

    public boolean isAdministrator() {
        return currentUser.user().map(u -> u.role() == Role.ADMIN).orElse(false);
    }

    public Long getCustomer() {
        return customerParameter;
    }

    public void setCustomer(Long customer) {
        this.customerParameter = customer;
    }

    public CustomerSummary getCurrent() {
        return customer;
    }

    public List<CustomerSummary> getAdministered() {
        return administered;
    }

    public List<ProductSummary> getProducts() {
        return products;
    }

    public LazyMemberModel getList() {
        return list;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public UserSummary getExistingUser() {
        return existingUser;
    }

    public void setExistingUser(UserSummary existingUser) {
        this.existingUser = existingUser;
    }

    public Long getBulkProduct() {
        return bulkProduct;
    }

    public void setBulkProduct(Long bulkProduct) {
        this.bulkProduct = bulkProduct;
    }

    /** What is typed in the invitation dialog: who, and the customer's products they get at once. */
    public static class Invitation extends InvitationForm {

        private static final long serialVersionUID = 1L;

        private List<Long> products = new ArrayList<>();

        public List<Long> getProducts() {
            return products;
        }

        public void setProducts(List<Long> products) {
            this.products = products;
        }
    }
}
