/** The users of one customer and their product access, for administrators and customer administrators. */
package dk.caseportal.web.members;
