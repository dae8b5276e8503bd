package dk.caseportal.web.platform;

import dk.caseportal.attachments.api.AttachmentsModule;
import dk.caseportal.cases.api.CasesModule;
import dk.caseportal.identity.api.IdentityModule;
import dk.caseportal.notifications.api.NotificationsModule;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings every module's schema up to date while the application deploys, before it serves a
 * request. Each module owns a schema and its own migration history, so modules evolve
 * independently; they are migrated in dependency order.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    static final List<ModuleSchema> MODULES = List.of(
            new ModuleSchema(IdentityModule.SCHEMA, IdentityModule.MIGRATIONS),
            new ModuleSchema(AttachmentsModule.SCHEMA, AttachmentsModule.MIGRATIONS),
            new ModuleSchema(CasesModule.SCHEMA, CasesModule.MIGRATIONS),
            new ModuleSchema(NotificationsModule.SCHEMA, NotificationsModule.MIGRATIONS));

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<SchemaMigrated> migrated;

    @Inject
    SchemaStatus status;

    /** Runs before the other start-up observers of the web module; background work waits for its event. */
    void onStartup(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) @Initialized(ApplicationScoped.class)
                   Object context) {
        for (ModuleSchema module : MODULES) {
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .schemas(module.schema())
                    .locations(module.migrations())
                    .load()
                    .migrate();
            LOG.info(() -> "Schema " + module.schema() + " is at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
        }
        status.markMigrated();
        migrated.fire(new SchemaMigrated());
    }
}
