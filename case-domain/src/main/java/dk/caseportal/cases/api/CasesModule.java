package dk.caseportal.cases.api;

/** Where the case module keeps its tables and their migrations. */
public final class CasesModule {

    public static final String SCHEMA = "cases";
    public static final String MIGRATIONS = "classpath:db/migration/cases";

    private CasesModule() {
    }
}
