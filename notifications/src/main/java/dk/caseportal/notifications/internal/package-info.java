/**
 * The outbox and its dispatcher, SMTP sending and mail templates. Nothing outside the module may
 * depend on this package (checked by the architecture test in portal-web).
 */
package dk.caseportal.notifications.internal;
