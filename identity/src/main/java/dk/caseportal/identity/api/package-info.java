/**
 * The public face of the identity module: who the users are, which customers they belong to and
 * which products they may use for each customer. Other modules and the web layer use only this
 * package; ids are plain value objects so nothing outside identity holds its entities.
 */
package dk.caseportal.identity.api;
