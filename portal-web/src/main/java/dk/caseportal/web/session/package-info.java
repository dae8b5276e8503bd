/** The signed-in user and their language, kept for the length of a session. */
package dk.caseportal.web.session;
