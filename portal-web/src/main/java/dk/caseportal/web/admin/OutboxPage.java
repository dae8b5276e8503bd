package dk.caseportal.web.admin;

import dk.caseportal.notifications.api.OutboxAdministration;
import dk.caseportal.notifications.api.OutboxEntry;
import dk.caseportal.notifications.api.OutboxStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/** Backs the administrators' outbox page: every mail the portal sent or tried to send. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutboxAdministration outbox;

    private LazyOutboxModel mails;

    @PostConstruct
    void init() {
        mails = new LazyOutboxModel(outbox);
    }

    public void retry(OutboxEntry entry) {
        if (outbox.retry(entry.id())) {
            Messages.addGlobalInfo("outbox.retried", entry.recipient());
        } else {
            Messages.addGlobalWarn("outbox.notFailed");
        }
    }

    public LazyOutboxModel getMails() {
        return mails;
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }
}
