package dk.caseportal.notifications.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * How mail leaves the portal, from MicroProfile Config (keys {@code portal.mail.*}, see the
 * README). Plain values so tests can make one without a container.
 */
record MailSettings(String host, int port, Optional<String> username, Optional<String> password, Tls tls,
                    InternetAddress from, Duration connectTimeout, Duration readTimeout,
                    RetryPolicy retryPolicy, Duration dispatchInterval) {

    /** How the connection to the SMTP server is secured. */
    enum Tls {
        NONE, STARTTLS, SSL;

        static Tls of(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    static InternetAddress address(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("portal.mail.from is not a mail address: " + text, e);
        }
    }

    /** The domain for Message-IDs: the sender's. */
    String messageIdDomain() {
        String address = from.getAddress();
        return address.substring(address.indexOf('@') + 1);
    }

    Properties sessionProperties() {
        String protocol = tls == Tls.SSL ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", host);
        properties.put("mail." + protocol + ".port", Integer.toString(port));
        properties.put("mail." + protocol + ".connectiontimeout", Long.toString(connectTimeout.toMillis()));
        properties.put("mail." + protocol + ".timeout", Long.toString(readTimeout.toMillis()));
        properties.put("mail." + protocol + ".writetimeout", Long.toString(readTimeout.toMillis()));
        properties.put("mail." + protocol + ".auth", Boolean.toString(username.isPresent()));
        if (tls == Tls.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (tls != Tls.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
