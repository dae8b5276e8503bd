package dk.caseportal.notifications.internal;

import jakarta.mail.MessagingException;

/** Hands a mail to the mail server. */
interface MailTransport {

    void send(OutgoingMail mail, String messageId) throws MessagingException;
}
