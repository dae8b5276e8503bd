/** Resource bundles (Danish and English) and how messages from beans are looked up in them. */
package dk.caseportal.web.i18n;
