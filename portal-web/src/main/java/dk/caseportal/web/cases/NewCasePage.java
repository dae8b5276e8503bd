package dk.caseportal.web.cases;

import dk.caseportal.attachments.api.Attachments;
import dk.caseportal.attachments.api.DraftId;
import dk.caseportal.attachments.api.FileSummary;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.Cases;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.cases.api.NewCase;
import dk.caseportal.cases.api.ReferenceData;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.UserPreferences;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.files.FileUploads;
import dk.caseportal.web.i18n.BundleMessages;
import dk.caseportal.web.session.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs "Opret en sag": the fields in the guide's order. The lists offer only what the user may
 * choose; the case module checks again, so a tampered request creates nothing.
 */
@Named
@ViewScoped
public class NewCasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("title", "caseForm:title",
            "description", "caseForm:description", "typeId", "caseForm:type", "urgencyId", "caseForm:urgency",
            "impactId", "caseForm:impact", "subjectId", "caseForm:subject", "customer", "caseForm:customer");

    @Inject
    transient Cases cases;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient IdentityDirectory directory;

    @Inject
    transient UserPreferences preferences;

    @Inject
    transient Attachments attachments;

    @Inject
    FileUploads uploads;

    @Inject
    CurrentUser currentUser;

    /** The files uploaded on this form; they become the case's when it is saved. */
    private final DraftId draft = DraftId.random();
    private List<FileSummary> files = List.of();

    private List<CustomerSummary> customers = List.of();
    private List<ProductSummary> products = List.of();
    /** The lists offered, read once for the form rather than at every evaluation of the page. */
    private final Map<ReferenceKind, List<ReferenceValue>> values = new EnumMap<>(ReferenceKind.class);
    private Long customerId;
    private Long productId;
    private Long typeId;
    private Long urgencyId;
    private Long impactId;
    private Long subjectId;
    private String title;
    private String description;
    private boolean privateCase;

    @PostConstruct
    void init() {
        UserSummary user = currentUser.getUser();
        for (ReferenceKind kind : ReferenceKind.values()) {
            values.put(kind, referenceData.active(kind));
        }
        customers = directory.customersOf(user.id());
        String asked = Faces.getRequestParameter("customer");
        customerId = customers.stream().map(c -> c.id().value())
                .filter(id -> asked != null && asked.equals(String.valueOf(id)))
                .findFirst()
                .or(() -> preferences.selectedCustomer(user.id()).map(CustomerId::value))
                .or(() -> customers.stream().findFirst().map(c -> c.id().value()))
                .orElse(null);
        loadProducts();
        referTo(Faces.getRequestParameter("refersTo"));
    }

    /**
     * "Opret en ny sag med henvisning" from a closed case: the description starts by naming it,
     * and the product is the same when the user may choose it here.
     */
    private void referTo(String caseNumber) {
        CaseNumber.parse(caseNumber).flatMap(cases::find).ifPresent(referred -> {
            description = BundleMessages.format("newCase.refersTo", currentUser.getLocale(),
                    referred.number().toString(), referred.title()) + "\n\n";
            if (products.stream().anyMatch(p -> p.id().equals(referred.productId()))) {
                productId = referred.productId().value();
            }
        });
    }

    /** The products follow the customer: only those the user has access to there. */
    public void customerChanged() {
        loadProducts();
        if (products.stream().noneMatch(p -> p.id().value() == (productId == null ? -1 : productId))) {
            productId = products.size() == 1 ? products.get(0).id().value() : null;
        }
    }

    private void loadProducts() {
        products = customerId == null ? List.of()
                : directory.productsFor(currentUser.getUser().id(), new CustomerId(customerId));
        if (products.size() == 1) {
            productId = products.get(0).id().value();
        }
    }

    /** One file chosen or dropped; stored at once on the form's draft, or refused with a message. */
    public void upload(FileUploadEvent event) {
        uploads.store(event, content -> attachments.stage(draft, event.getFile().getFileName(), content));
        files = attachments.staged(draft);
    }

    /** Takes a file off the form before the case is saved. */
    public void discard(FileSummary file) {
        attachments.discardStaged(draft, file.id());
        files = attachments.staged(draft);
    }

    public List<FileSummary> getFiles() {
        return files;
    }

    /** Creates the case and opens its page; on a problem, everything typed and uploaded stays. */
    public void save() {
        try {
            CaseNumber number = cases.create(new NewCase(new CustomerId(customerId), new ProductId(productId),
                    typeId, urgencyId, impactId, subjectId, title, description, privateCase, draft));
            Faces.getFlash().setKeepMessages(true);
            Messages.addFlashGlobalInfo("newCase.created", number.toString());
            Faces.redirect(Faces.getRequestContextPath() + "/cases/" + number);
        } catch (InvalidCaseException e) {
            Messages.addError(FIELDS.getOrDefault(e.field(), "caseForm:title"), "newCase.invalid." + e.field());
        } catch (AccessRefusedException e) {
            Messages.addGlobalError("newCase.refused");
        }
    }

    public List<ReferenceValue> values(String kind) {
        return values.get(ReferenceKind.valueOf(kind));
    }

    public List<CustomerSummary> getCustomers() {
        return customers;
    }

    public List<ProductSummary> getProducts() {
        return products;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public Long getUrgencyId() {
        return urgencyId;
    }

    public void setUrgencyId(Long urgencyId) {
        this.urgencyId = urgencyId;
    }

    public Long getImpactId() {
        return impactId;
    }

    public void setImpactId(Long impactId) {
        this.impactId = impactId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isPrivateCase() {
        return privateCase;
    }

    public void setPrivateCase(boolean privateCase) {
        this.privateCase = privateCase;
    }
}
