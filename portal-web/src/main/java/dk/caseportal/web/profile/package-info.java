/** The signed-in user's own profile: who they are, their language, and what they have access to. */
package dk.caseportal.web.profile;
