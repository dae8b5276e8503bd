package dk.caseportal.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one PostgreSQL data source every module's persistence unit uses. Payara resolves
 * {@code ${MPCONFIG=...}} from MicroProfile Config, so the connection comes from configuration
 * (environment variables PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD or system properties).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            // Validate connections so the pool recovers after the database restarts.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // ... but at most once every 10 seconds per connection: validating on every use cost a
            // round trip to the database for each query (about a third of "Mine sager"'s statements).
            "fish.payara.validate-atmost-once-period-in-seconds=10"
        })
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
