/** Extensions of Jakarta Faces that every page relies on. */
package dk.caseportal.web.faces;
