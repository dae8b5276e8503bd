/**
 * The public face of the notifications module: the durable outbox that turns events into mails
 * after the business transaction commits, the mail templates in Danish and English, and what
 * administrators see of the outbox.
 */
package dk.caseportal.notifications.api;
