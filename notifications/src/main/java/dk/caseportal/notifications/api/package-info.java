/**
 * The public face of the notifications module: the durable outbox that turns case events into
 * mails after the business transaction commits, the mail templates in Danish and English, and
 * each user's notification preferences.
 */
package dk.caseportal.notifications.api;
