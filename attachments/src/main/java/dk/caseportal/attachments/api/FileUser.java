package dk.caseportal.attachments.api;

/** The signed-in user as the attachments module knows them: who uploaded or removed a file. */
public record FileUser(long id, String name) {
}
