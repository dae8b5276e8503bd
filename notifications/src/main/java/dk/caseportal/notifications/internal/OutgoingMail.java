package dk.caseportal.notifications.internal;

/** A rendered mail: one recipient, a subject, a plain-text body and optionally an HTML body. */
record OutgoingMail(String to, String subject, String text, String html) {
}
