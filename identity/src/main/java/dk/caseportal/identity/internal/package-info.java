/**
 * Entities, repositories and service implementations of the identity module. Nothing outside the
 * module may depend on this package (checked by the architecture test in portal-web).
 */
package dk.caseportal.identity.internal;
