/**
 * The public face of the case module: cases, their reference data, assignment rules, followers,
 * the feed, and the one policy that answers "may this user see or do this to this case".
 * Refers to users, customers and products by identity's ids only.
 */
package dk.caseportal.cases.api;
