/**
 * What the whole application stands on: the data source, the schema migrations that run before
 * anything is served, the health checks, and demo data for the run command.
 */
package dk.caseportal.web.platform;
