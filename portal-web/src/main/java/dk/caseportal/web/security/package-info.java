/** Sign-in, sign-out and the security configuration of the web application. */
package dk.caseportal.web.security;
