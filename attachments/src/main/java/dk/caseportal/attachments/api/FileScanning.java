package dk.caseportal.attachments.api;

/** The background scanning of waiting files; started once the schema is migrated. */
public interface FileScanning {

    void start();
}
