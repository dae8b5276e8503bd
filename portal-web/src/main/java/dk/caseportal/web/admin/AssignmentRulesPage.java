package dk.caseportal.web.admin;

import dk.caseportal.cases.api.AssignmentRules;
import dk.caseportal.cases.api.ReferenceData;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import dk.caseportal.cases.api.RuleDetails;
import dk.caseportal.cases.api.RuleSpec;
import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.ProductAdministration;
import dk.caseportal.identity.api.ProductDetails;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.TeamAdministration;
import dk.caseportal.identity.api.TeamDetails;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.cases.ReferenceLabels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * Backs the assignment rules of the case settings page: the rules in the order they are tried,
 * each shown with names, and a dialog to add or change one.
 */
@Named
@ViewScoped
public class AssignmentRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_CHOICES = 500;

    @Inject
    transient AssignmentRules rules;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient IdentityDirectory directory;

    @Inject
    transient ProductAdministration products;

    @Inject
    transient TeamAdministration teams;

    @Inject
    ReferenceLabels labels;

    private List<RuleRow> list = List.of();
    private final Map<ReferenceKind, List<ReferenceValue>> values = new EnumMap<>(ReferenceKind.class);
    private List<CustomerSummary> customerChoices = List.of();
    private List<ProductDetails> productChoices = List.of();
    private List<TeamDetails> teamChoices = List.of();
    private RuleDetails edited;
    private boolean adding;
    private Long customerId;
    private Long productId;
    private Long typeId;
    private Long subjectId;
    private Long urgencyId;
    private Long teamId;
    private Long ownerId;

    @PostConstruct
    void load() {
        for (ReferenceKind kind : ReferenceKind.values()) {
            values.put(kind, referenceData.active(kind));
        }
        list = rules.all().stream().map(this::row).toList();
        customerChoices = directory.activeCustomers();
        productChoices = products.find(null, 0, MAX_CHOICES, "name", true).stream()
                .filter(ProductDetails::active).toList();
        teamChoices = teams.find(null, 0, MAX_CHOICES, true);
    }

    public void newRule() {
        adding = true;
        edited = null;
        customerId = productId = typeId = subjectId = urgencyId = teamId = ownerId = null;
    }

    public void edit(RuleDetails rule) {
        adding = false;
        edited = rule;
        RuleSpec spec = rule.spec();
        customerId = spec.customer() == null ? null : spec.customer().value();
        productId = spec.product() == null ? null : spec.product().value();
        typeId = spec.typeId();
        subjectId = spec.subjectId();
        urgencyId = spec.urgencyId();
        teamId = spec.team() == null ? null : spec.team().value();
        ownerId = spec.owner() == null ? null : spec.owner().value();
    }

    /** The owner must be on the chosen team; changing the team clears an owner who is not. */
    public void teamChanged() {
        if (getOwnerChoices().stream().noneMatch(u -> ownerId != null && u.id().value() == ownerId)) {
            ownerId = null;
        }
    }

    public void save() {
        if (teamId == null && !isEditingFallback()) {
            Messages.addError("ruleForm:team", "rules.teamRequired");
            return;
        }
        RuleSpec spec = new RuleSpec(customerId == null ? null : new CustomerId(customerId),
                productId == null ? null : new ProductId(productId), typeId, subjectId, urgencyId,
                teamId == null ? null : new TeamId(teamId), ownerId == null ? null : new UserId(ownerId));
        try {
            if (adding) {
                rules.add(spec);
                Messages.addGlobalInfo("rules.added");
            } else if (edited.fallback()) {
                rules.routeFallbackTo(spec.team(), spec.owner());
                Messages.addGlobalInfo("rules.saved");
            } else {
                rules.update(edited.id(), spec, edited.version());
                Messages.addGlobalInfo("rules.saved");
            }
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            load();
        } catch (ConcurrentChangeException e) {
            Messages.addError("ruleForm:team", "rules.changedMeanwhile");
        }
    }

    public void move(RuleDetails rule, boolean up) {
        rules.move(rule.id(), up);
        load();
    }

    public void remove(RuleDetails rule) {
        rules.remove(rule.id());
        Messages.addGlobalInfo("rules.removed");
        load();
    }

    public boolean isEditingFallback() {
        return edited != null && edited.fallback();
    }

    /** A rule with the names it refers to, looked up once when the list is loaded. */
    public record RuleRow(RuleDetails rule, String customer, String product, String type, String subject,
                          String urgency, String team, String owner) implements Serializable {
    }

    private RuleRow row(RuleDetails rule) {
        RuleSpec spec = rule.spec();
        return new RuleRow(rule,
                spec.customer() == null ? null
                        : directory.findCustomer(spec.customer()).map(CustomerSummary::name).orElse(null),
                spec.product() == null ? null : directory.findProduct(spec.product()).map(p -> p.name()).orElse(null),
                label(spec.typeId()), label(spec.subjectId()), label(spec.urgencyId()),
                spec.team() == null ? null : directory.findTeam(spec.team()).map(t -> t.name()).orElse(null),
                spec.owner() == null ? null : directory.findUser(spec.owner()).map(UserSummary::name).orElse(null));
    }

    private String label(Long referenceId) {
        return referenceId == null ? null : referenceData.find(referenceId).map(labels::of).orElse(null);
    }

    public List<ReferenceValue> values(String kind) {
        return values.get(ReferenceKind.valueOf(kind));
    }

    public List<UserSummary> getOwnerChoices() {
        return Optional.ofNullable(teamId).flatMap(id -> teamChoices.stream()
                        .filter(t -> t.id().value() == id).findFirst())
                .map(TeamDetails::members).orElse(List.of());
    }

    public List<RuleRow> getList() {
        return list;
    }

    public List<CustomerSummary> getCustomerChoices() {
        return customerChoices;
    }

    public List<ProductDetails> getProductChoices() {
        return productChoices;
    }

    public List<TeamDetails> getTeamChoices() {
        return teamChoices;
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

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Long getUrgencyId() {
        return urgencyId;
    }

    public void setUrgencyId(Long urgencyId) {
        this.urgencyId = urgencyId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
