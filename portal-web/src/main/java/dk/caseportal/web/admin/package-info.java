/** The administrators' pages. */
package dk.caseportal.web.admin;
