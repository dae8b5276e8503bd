package dk.caseportal.notifications.internal;

import java.util.List;

/**
 * A rendered mail: one recipient, a subject, a plain-text body and optionally an HTML body; extra
 * headers (threading, unsubscribe); and, for a mail about a case, whom it is for — asked again when
 * it is sent.
 */
record OutgoingMail(String to, String subject, String text, String html, List<MailHeader> headers,
                    CaseRecipient about) {

    OutgoingMail {
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    OutgoingMail(String to, String subject, String text, String html) {
        this(to, subject, text, html, List.of(), null);
    }

    /** One extra header; the value is one line. */
    record MailHeader(String name, String value) {

        MailHeader {
            if (name.contains(":") || name.contains("\n") || value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException("Not a one-line header: " + name);
            }
        }

        static String write(List<MailHeader> headers) {
            if (headers.isEmpty()) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            headers.forEach(header -> text.append(header.name()).append(": ").append(header.value()).append('\n'));
            return text.toString();
        }

        static List<MailHeader> read(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return text.lines().filter(line -> line.contains(": "))
                    .map(line -> new MailHeader(line.substring(0, line.indexOf(": ")),
                            line.substring(line.indexOf(": ") + 2)))
                    .toList();
        }
    }

    /** The case a mail is about and the user it is for; staffOnly: about an internal note. */
    record CaseRecipient(long caseNumber, long userId, boolean staffOnly) {
    }
}
