package dk.caseportal.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the migrations have run and the database answers. The data source is looked up only
 * after the migrations (see {@link SchemaStatus} for why it is not injected).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "portal-database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Inject
    SchemaStatus status;

    private volatile DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME).withData("migrated", status.isMigrated());
        if (!status.isMigrated()) {
            return response.down().build();
        }
        try (Connection connection = dataSource().getConnection()) {
            return response.status(connection.isValid(2)).build();
        } catch (SQLException | NamingException e) {
            LOG.log(Level.WARNING, "Database not reachable: {0}", e.getMessage());
            return response.down().build();
        }
    }

    private DataSource dataSource() throws NamingException {
        if (dataSource == null) {
            dataSource = InitialContext.doLookup(PortalDataSource.JNDI_NAME);
        }
        return dataSource;
    }
}
