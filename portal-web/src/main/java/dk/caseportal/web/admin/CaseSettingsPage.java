package dk.caseportal.web.admin;

import dk.caseportal.cases.api.Priority;
import dk.caseportal.cases.api.ReferenceDataAdministration;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * Backs the value lists (Type, Haster, Indvirkning, Emne) and the priority matrix of the case
 * settings page.
 */
@Named
@ViewScoped
public class CaseSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LABEL_FIELD = "valueForm:labelDa";

    @Inject
    transient ReferenceDataAdministration referenceData;

    private final Map<ReferenceKind, List<ReferenceValue>> lists = new EnumMap<>(ReferenceKind.class);
    private List<MatrixRow> matrix = List.of();
    private ReferenceKind editedKind;
    private ReferenceValue edited;
    private String labelDa;
    private String labelEn;
    private int activeTab;

    @PostConstruct
    void load() {
        for (ReferenceKind kind : ReferenceKind.values()) {
            lists.put(kind, referenceData.all(kind));
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (ReferenceValue urgency : lists.get(ReferenceKind.URGENCY)) {
            List<MatrixCell> cells = new ArrayList<>();
            for (ReferenceValue impact : lists.get(ReferenceKind.IMPACT)) {
                cells.add(new MatrixCell(urgency.id(), impact.id(),
                        referenceData.priority(urgency.id(), impact.id())));
            }
            rows.add(new MatrixRow(urgency, cells));
        }
        matrix = rows;
    }

    public void newValue(ReferenceKind kind) {
        editedKind = kind;
        edited = null;
        labelDa = null;
        labelEn = null;
    }

    public void edit(ReferenceValue value) {
        editedKind = value.kind();
        edited = value;
        labelDa = value.labelDa();
        labelEn = value.labelEn();
    }

    /** Keeps the dialog open with what was typed when a label is taken or the value changed meanwhile. */
    public void save() {
        try {
            if (edited == null) {
                referenceData.add(editedKind, labelDa, labelEn);
                Messages.addGlobalInfo("caseSettings.valueAdded", labelDa.strip());
            } else {
                referenceData.relabel(edited.id(), labelDa, labelEn, edited.version());
                Messages.addGlobalInfo("caseSettings.valueSaved", labelDa.strip());
            }
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            load();
        } catch (NameAlreadyInUseException e) {
            Messages.addError(LABEL_FIELD, "caseSettings.labelInUse");
        } catch (ConcurrentChangeException e) {
            Messages.addError(LABEL_FIELD, "caseSettings.changedMeanwhile");
        }
    }

    public void move(ReferenceValue value, boolean up) {
        referenceData.move(value.id(), up);
        load();
    }

    public void setActive(ReferenceValue value, boolean active) {
        try {
            referenceData.setActive(value.id(), active, value.version());
            Messages.addGlobalInfo(active ? "caseSettings.reinstated" : "caseSettings.retired", value.labelDa());
        } catch (ConcurrentChangeException e) {
            Messages.addGlobalWarn("caseSettings.changedMeanwhile");
        }
        load();
    }

    public void savePriority(MatrixCell cell) {
        referenceData.setPriority(cell.urgencyId, cell.impactId, cell.priority);
        Messages.addGlobalInfo("caseSettings.prioritySaved");
    }

    public List<ReferenceValue> values(ReferenceKind kind) {
        return lists.get(kind);
    }

    public ReferenceKind[] getKinds() {
        return ReferenceKind.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public List<ReferenceValue> getImpacts() {
        return lists.get(ReferenceKind.IMPACT);
    }

    public List<MatrixRow> getMatrix() {
        return matrix;
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public ReferenceKind getEditedKind() {
        return editedKind;
    }

    public String getLabelDa() {
        return labelDa;
    }

    public void setLabelDa(String labelDa) {
        this.labelDa = labelDa;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    /** One urgency's row of the priority matrix. */
    public record MatrixRow(ReferenceValue urgency, List<MatrixCell> cells) implements Serializable {
    }

    /** The priority one urgency with one impact gives; the page's select edits it. */
    public static class MatrixCell implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long urgencyId;
        private final long impactId;
        private Priority priority;

        MatrixCell(long urgencyId, long impactId, Priority priority) {
            this.urgencyId = urgencyId;
            this.impactId = impactId;
            this.priority = priority;
        }

        public Priority getPriority() {
            return priority;
        }

        public void setPriority(Priority priority) {
            this.priority = priority;
        }
    }
}
