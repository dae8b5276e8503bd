package dk.caseportal.notifications.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Mails in the recipient's language, from {@code templates/mails_da|en.properties}: a greeting, a
 * paragraph, one action link, a closing paragraph and the signature, as plain text and as HTML.
 * Every value put into the HTML is escaped.
 */
final class MailTemplates {

    static final String BUNDLE = "dk.caseportal.notifications.templates.mails";
    static final String STYLE = "font-family: Arial, sans-serif; font-size: 15px; color: #1d2733; line-height: 1.5;";
    /** Small grey text: why a mail came, how to stop it. */
    static final String MUTED = "color: #5b6675; font-size: 13px;";

    private MailTemplates() {
    }

    /**
     * @param template the key prefix in the bundle ({@code passwordReset})
     * @param args     values for the {0}, {1} … of the texts
     */
    static OutgoingMail render(String template, Locale locale, String to, String actionUrl, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String subject = format(bundle, template + ".subject", locale, args);
        String greeting = format(bundle, template + ".greeting", locale, args);
        String before = format(bundle, template + ".before", locale, args);
        String action = format(bundle, template + ".action", locale, args);
        String after = format(bundle, template + ".after", locale, args);
        String signature = bundle.getString("signature");

        String text = greeting + "\n\n" + before + "\n\n" + action + ":\n" + actionUrl + "\n\n" + after
                + "\n\n-- \n" + signature + "\n";
        String html = document(locale, "<p>" + escape(greeting) + "</p>"
                + "<p>" + escape(before) + "</p>"
                + "<p><a href=\"" + escape(actionUrl) + "\" style=\"display: inline-block; padding: 10px 18px; "
                + "background: #1f5fa8; color: #ffffff; text-decoration: none; border-radius: 6px;\">"
                + escape(action) + "</a></p>"
                + "<p style=\"color: #5b6675; font-size: 13px; word-break: break-all;\">" + escape(actionUrl) + "</p>"
                + "<p>" + escape(after) + "</p>"
                + "<p style=\"color: #5b6675;\">" + escape(signature).replace("\n", "<br>") + "</p>");
        return new OutgoingMail(to, subject, text, html);
    }

    /** Every mail's HTML: the document in the recipient's language, the portal's font and colours. */
    static String document(Locale locale, String body) {
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body style=\"" + STYLE + "\">" + body
                + "</body></html>";
    }

    static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
