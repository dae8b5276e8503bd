/** Demo data for the run command; a production deployment never loads it. */
package dk.caseportal.web.demo;
