package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseChangedException;
import dk.caseportal.cases.api.CaseDetails;
import dk.caseportal.cases.api.CaseEdit;
import dk.caseportal.cases.api.CaseHandling;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.CaseStatus;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.cases.api.ReferenceData;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.TeamSummary;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.session.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Changing the case on its page: the agent's "Behandling" form (status, team, owner, type,
 * urgency, impact, subject) and the customer's "Markér som løst" / "Genåbn sagen". Each change
 * names the version the page showed; when someone changed the case meanwhile, the form keeps what
 * was chosen and says who changed it.
 */
@Named
@ViewScoped
public class CaseHandlingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CaseHandlingView.class.getName());

    @Inject
    transient CaseHandling handling;

    @Inject
    transient IdentityDirectory directory;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    CurrentUser currentUser;

    private CaseNumber caseNumber;
    private long version;
    private boolean editable;
    private boolean solvable;
    private boolean reopenable;
    private boolean closed;
    private long customerId;
    /** The lists offered, read once for the form. */
    private final Map<ReferenceKind, List<ReferenceValue>> values = new EnumMap<>(ReferenceKind.class);
    private List<TeamSummary> teams = List.of();
    private List<UserSummary> owners = List.of();
    private CaseStatus status;
    private Long teamId;
    private Long ownerId;
    private Long typeId;
    private Long urgencyId;
    private Long impactId;
    private Long subjectId;
    /** Someone changed the case after this page read it: the form is out of date. */
    private boolean changedMeanwhile;

    /** Called as the case page loads the case the caller may see. */
    public void show(CaseDetails details) {
        caseNumber = details.number();
        version = details.version();
        editable = details.mayEdit();
        solvable = details.mayMarkSolved();
        reopenable = details.mayReopen();
        closed = details.status() == CaseStatus.CLOSED;
        customerId = details.customerId().value();
        if (!editable) {
            return;
        }
        status = details.status();
        teamId = details.teamId() == null ? null : details.teamId().value();
        ownerId = details.ownerId() == null ? null : details.ownerId().value();
        typeId = details.type().id();
        urgencyId = details.urgency().id();
        impactId = details.impact().id();
        subjectId = details.subject().id();
        values.put(ReferenceKind.TYPE, offered(ReferenceKind.TYPE, details.type()));
        values.put(ReferenceKind.URGENCY, offered(ReferenceKind.URGENCY, details.urgency()));
        values.put(ReferenceKind.IMPACT, offered(ReferenceKind.IMPACT, details.impact()));
        values.put(ReferenceKind.SUBJECT, offered(ReferenceKind.SUBJECT, details.subject()));
        teams = directory.teams();
        owners = directory.staff();
    }

    /** The active values, and the case's own even when it was retired since (it may be kept). */
    private List<ReferenceValue> offered(ReferenceKind kind, ReferenceValue current) {
        List<ReferenceValue> active = new ArrayList<>(referenceData.active(kind));
        if (active.stream().noneMatch(value -> value.id() == current.id())) {
            active.add(current);
        }
        return active;
    }

    /** "Gem" on the agent's form. */
    public void save() {
        change(() -> {
            handling.update(caseNumber, new CaseEdit(status, teamId == null ? null : new TeamId(teamId),
                    ownerId == null ? null : new UserId(ownerId), typeId, urgencyId, impactId, subjectId), version);
            return "case.saved";
        });
    }

    /** "Markér som løst". */
    public void markSolved() {
        change(() -> {
            handling.markSolved(caseNumber, version);
            return "case.markedSolved";
        });
    }

    /** "Genåbn sagen". */
    public void reopen() {
        change(() -> {
            handling.reopen(caseNumber, version);
            return "case.reopened";
        });
    }

    /** Saved: the page is loaded again (the facts, the feed's new entry) with a message. */
    private void change(Supplier<String> action) {
        try {
            String message = action.get();
            Messages.addFlashGlobalInfo(message);
            Faces.redirect(Faces.getRequestContextPath() + "/cases/" + caseNumber);
        } catch (CaseChangedException e) {
            changedMeanwhile = true;
            if (e.changedBy() == null) {
                Messages.addGlobalError("case.changedMeanwhile.unknown");
            } else {
                Messages.addGlobalError("case.changedMeanwhile", e.changedBy());
            }
        } catch (InvalidCaseException e) {
            LOG.fine(() -> "Change of case " + caseNumber + " refused: " + e.getMessage());
            Messages.addGlobalError("status".equals(e.field()) ? "case.statusRefused" : "case.editInvalid");
        } catch (AccessRefusedException e) {
            Messages.addGlobalError("case.editRefused");
        }
    }

    public boolean isEditable() {
        return editable;
    }

    /** A customer's user marks an open case solved (the agents set the status in their form). */
    public boolean isSolvable() {
        return solvable && !editable;
    }

    public boolean isReopenable() {
        return reopenable && !editable;
    }

    public boolean isClosed() {
        return closed;
    }

    /** A customer's user may create a new case referring to this closed one (the vendor's staff create none). */
    public boolean isReferable() {
        return closed && !currentUser.getUser().role().isVendorStaff();
    }

    /** Where a new case referring to this closed one is created. */
    public String getNewCaseReferring() {
        return Faces.getRequestContextPath() + "/cases/new?customer=" + customerId + "&refersTo=" + caseNumber;
    }

    public String getCaseNumber() {
        return caseNumber == null ? "" : caseNumber.toString();
    }

    public boolean isChangedMeanwhile() {
        return changedMeanwhile;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public List<ReferenceValue> values(String kind) {
        return values.getOrDefault(ReferenceKind.valueOf(kind), List.of());
    }

    public List<TeamSummary> getTeams() {
        return teams;
    }

    public List<UserSummary> getOwners() {
        return owners;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
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
}
