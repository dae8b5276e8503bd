package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.function.Consumer;

/**
 * Tells the rest of the portal what happened on a case ({@link CaseActivity}), synchronously, in
 * the caller's transaction. A class of its own so the services' tests can see what was told.
 */
@ApplicationScoped
public class CaseActivities {

    @Inject
    Event<CaseActivity> event;

    private Consumer<CaseActivity> sink;

    protected CaseActivities() {
        // for CDI
    }

    /** For tests: what would be fired goes to the sink. */
    CaseActivities(Consumer<CaseActivity> sink) {
        this.sink = sink;
    }

    static CaseActivities none() {
        return new CaseActivities(activity -> { });
    }

    void tell(CaseActivity activity) {
        if (sink != null) {
            sink.accept(activity);
        } else {
            event.fire(activity);
        }
    }
}
