package dk.caseportal.attachments.api;

/** Where the attachments module keeps its tables and their migrations. */
public final class AttachmentsModule {

    public static final String SCHEMA = "attachments";
    public static final String MIGRATIONS = "classpath:db/migration/attachments";

    private AttachmentsModule() {
    }
}
