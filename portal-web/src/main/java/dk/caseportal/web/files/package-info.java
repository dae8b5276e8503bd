/**
 * Case files in the web: the one download endpoint, and the upload and file lists of "Opret en
 * sag" and the case page.
 */
package dk.caseportal.web.files;
