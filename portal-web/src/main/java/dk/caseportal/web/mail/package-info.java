/** The user's choices about mail on cases: how often (profile) and unsubscribing by a mail's link. */
package dk.caseportal.web.mail;
