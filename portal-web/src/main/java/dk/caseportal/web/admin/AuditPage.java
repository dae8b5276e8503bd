package dk.caseportal.web.admin;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs the administrators' view of the audit trail. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail trail;

    private LazyAuditModel entries;

    @PostConstruct
    void init() {
        entries = new LazyAuditModel(trail);
    }

    public LazyAuditModel getEntries() {
        return entries;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }
}
