package dk.caseportal.web.platform;

/** A module's own database schema and the classpath location of its Flyway migrations. */
record ModuleSchema(String schema, String migrations) {
}
