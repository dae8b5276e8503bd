package dk.caseportal.notifications.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The new words of a reply by mail: everything from the quoted mail or the signature on is cut
 * away. Mail programs mark the quote in their own ways, in Danish and English — a "> " on each
 * line, a line "On … wrote:" / "Den … skrev …:", Outlook's "From:/Sent:" or "Fra:/Sendt:" block or
 * its line of underscores, "-----Original Message-----" — and the signature with "-- " or a
 * "Sent from my iPhone" line. The earliest of them ends the reply.
 */
final class ReplyText {

    private static final int FLAGS = Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> ENDS = List.of(
            Pattern.compile("^>", FLAGS),
            // "On Fri, 27 Nov 2026 at 10:00, Case Portal <…> wrote:", perhaps wrapped onto two lines
            Pattern.compile("^On\\s[^\\n]*(\\n[^\\n]*)?\\s(wrote|skrev)\\s*(\\n[^\\n]*)?:\\s*$", FLAGS),
            // "Den fre. 27. nov. 2026 kl. 10.00 skrev Case Portal <…>:" (Gmail, Apple Mail in Danish)
            Pattern.compile("^Den\\s[^\\n]*(\\n[^\\n]*)?\\sskrev\\s[^\\n]*(\\n[^\\n]*)?:\\s*$", FLAGS),
            // Outlook's header block of the quoted mail
            Pattern.compile("^\\*?(From|Fra):\\*?\\s[^\\n]*\\n\\*?(Sent|Sendt|Date|Dato):", FLAGS),
            Pattern.compile("^-{2,}\\s*(Original Message|Oprindelig meddelelse|Forwarded message|Videresendt meddelelse)"
                    + "\\s*-{2,}", FLAGS),
            Pattern.compile("^_{10,}\\s*$", FLAGS),
            // the signature
            Pattern.compile("^-- ?$", FLAGS),
            Pattern.compile("^(Sent from my|Sendt fra min|Get Outlook for|Hent Outlook til)\\s", FLAGS));

    private ReplyText() {
    }

    /** The reply without what it quotes and without the signature; blank when nothing is left. */
    static String of(String body) {
        if (body == null) {
            return "";
        }
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        int end = text.length();
        for (Pattern pattern : ENDS) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find() && matcher.start() < end) {
                end = matcher.start();
            }
        }
        return text.substring(0, end).strip();
    }

    /** Plain text as a post: paragraphs at blank lines, line breaks kept, everything escaped. */
    static String toHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(MailTemplates.escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }
}
