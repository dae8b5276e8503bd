package dk.caseportal.web.platform;

/** Fired once at start-up when every module's schema is up to date. */
public record SchemaMigrated() {
}
