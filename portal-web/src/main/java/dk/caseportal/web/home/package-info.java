/** The home page a user lands on after signing in. */
package dk.caseportal.web.home;
