/**
 * Test support shared by the modules' repository tests (test scope only; never in the WAR or EAR).
 */
package dk.caseportal.testing;
