package dk.caseportal.web.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the schemas are migrated. A bean of its own, without resources to inject, because the
 * health endpoint may ask while the application is still deploying: creating a bean that looks
 * up the data source from the health thread at that moment can block every later health request.
 */
@ApplicationScoped
public class SchemaStatus {

    private volatile boolean migrated;

    void markMigrated() {
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }
}
