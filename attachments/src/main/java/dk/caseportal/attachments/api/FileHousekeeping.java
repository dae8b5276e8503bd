package dk.caseportal.attachments.api;

/**
 * The attachments' background work: scanning files that wait for the virus scanner, and erasing
 * files left on "Opret en sag" forms that were never saved. Started once the schema is migrated.
 */
public interface FileHousekeeping {

    void start();
}
