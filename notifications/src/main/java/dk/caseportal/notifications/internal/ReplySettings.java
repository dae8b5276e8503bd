package dk.caseportal.notifications.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The mailbox replies to the portal's mails arrive in ({@code portal.mail.replies.*}, see the
 * README); without a host, replying by mail is off and mails do not invite it.
 *
 * @param address the address mails name as Reply-To: the mailbox's
 */
record ReplySettings(Optional<String> host, int port, String username, String password, MailSettings.Tls tls,
                     String address, Duration pollInterval) {

    boolean enabled() {
        return host.isPresent() && !host.get().isBlank();
    }

    Properties sessionProperties(Duration timeout) {
        String protocol = tls == MailSettings.Tls.SSL ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".host", host.orElse("localhost"));
        properties.put("mail." + protocol + ".port", Integer.toString(port));
        properties.put("mail." + protocol + ".connectiontimeout", Long.toString(timeout.toMillis()));
        properties.put("mail." + protocol + ".timeout", Long.toString(timeout.toMillis()));
        if (tls == MailSettings.Tls.STARTTLS) {
            properties.put("mail.imap.starttls.enable", "true");
            properties.put("mail.imap.starttls.required", "true");
        }
        if (tls != MailSettings.Tls.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    String protocol() {
        return tls == MailSettings.Tls.SSL ? "imaps" : "imap";
    }
}
