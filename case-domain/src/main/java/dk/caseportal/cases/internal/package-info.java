/** The case module's implementation: entities, services and the case access policy. */
package dk.caseportal.cases.internal;
