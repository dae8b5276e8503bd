/**
 * The public face of the attachments module: storing, validating and serving the files attached
 * to cases. It depends on no other module; where it needs to know whether a user may see the case
 * a file belongs to, it declares an interface here that case-domain implements.
 */
package dk.caseportal.attachments.api;
