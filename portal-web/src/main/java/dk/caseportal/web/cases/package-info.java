/** "Opret en sag", the case page and "Mine sager". */
package dk.caseportal.web.cases;
