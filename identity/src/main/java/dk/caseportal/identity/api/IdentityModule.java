package dk.caseportal.identity.api;

/** Where the identity module keeps its tables and their migrations. */
public final class IdentityModule {

    public static final String SCHEMA = "identity";
    public static final String MIGRATIONS = "classpath:db/migration/identity";

    private IdentityModule() {
    }
}
