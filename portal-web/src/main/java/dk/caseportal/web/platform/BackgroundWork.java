package dk.caseportal.web.platform;

import dk.caseportal.attachments.api.FileHousekeeping;
import dk.caseportal.notifications.api.MailDispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Starts the background work once the schemas are migrated. The modules' own start-up events fire
 * at different moments for library jars and the web module, so the order is decided here.
 */
@ApplicationScoped
public class BackgroundWork {

    @Inject
    MailDispatcher mailDispatcher;

    @Inject
    FileHousekeeping fileHousekeeping;

    void start(@Observes SchemaMigrated event) {
        mailDispatcher.start();
        fileHousekeeping.start();
    }
}
