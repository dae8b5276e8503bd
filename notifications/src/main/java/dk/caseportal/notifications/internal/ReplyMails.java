package dk.caseportal.notifications.internal;

import static dk.caseportal.notifications.internal.MailTemplates.escape;

import dk.caseportal.cases.api.CaseFileRefusedException;
import dk.caseportal.cases.api.CaseNumber;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's answers to replies by mail it did not (fully) take: why, in the sender's language —
 * in Danish and English when the sender is not a user. Marked as automatic, so the sender's mail
 * program does not answer them in turn.
 */
final class ReplyMails {

    private static final List<Locale> UNKNOWN = List.of(Locale.forLanguageTag("da"), Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    ReplyMails(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(MailTemplates.BUNDLE, locale);
    }

    /** Why the reply was not posted; null when there is nobody to tell. */
    static OutgoingMail bounce(Locale locale, String to, CaseNumber number, IncomingReply reply, String reason) {
        if (to == null) {
            return null;
        }
        List<ReplyMails> languages = (locale == null ? UNKNOWN : List.of(locale)).stream().map(ReplyMails::new)
                .toList();
        Object[] args = {to, number == null ? "" : number.toString(), subjectOf(reply)};
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (ReplyMails words : languages) {
            String explanation = words.text("bounce." + reason, args);
            text.append(words.text("bounce.greeting")).append("\n\n").append(explanation).append("\n\n")
                    .append(words.text("bounce.after")).append("\n\n");
            html.append("<p>").append(escape(words.text("bounce.greeting"))).append("</p><p>").append(escape(explanation))
                    .append("</p><p>").append(escape(words.text("bounce.after"))).append("</p>");
        }
        String subject = String.join(" / ", languages.stream().map(words -> words.text("bounce.subject", args)).toList());
        return mail(to, subject, text, html, languages.get(0).locale);
    }

    /** The reply was posted, but some of its files were refused, each with its reason. */
    OutgoingMail refusedFiles(String to, CaseNumber number, IncomingReply reply, List<CaseFileRefusedException> refused) {
        Object[] args = {to, number.toString(), subjectOf(reply)};
        StringBuilder text = new StringBuilder(text("bounce.greeting")).append("\n\n").append(text("files.before", args))
                .append("\n");
        StringBuilder html = new StringBuilder("<p>").append(escape(text("bounce.greeting"))).append("</p><p>")
                .append(escape(text("files.before", args))).append("</p><ul>");
        for (CaseFileRefusedException file : refused) {
            String line = text("file." + file.reason(), file.fileName());
            text.append("- ").append(line).append("\n");
            html.append("<li>").append(escape(line)).append("</li>");
        }
        text.append("\n").append(text("files.after")).append("\n\n");
        html.append("</ul><p>").append(escape(text("files.after"))).append("</p>");
        return mail(to, text("files.subject", args), text, html, locale);
    }

    /** The post made of a reply that is only files. */
    String attachedFiles(List<String> names) {
        return names.isEmpty() ? "" : text("file.attached", String.join(", ", names));
    }

    private static OutgoingMail mail(String to, String subject, StringBuilder text, StringBuilder html, Locale locale) {
        String signature = ResourceBundle.getBundle(MailTemplates.BUNDLE, locale).getString("signature");
        return new OutgoingMail(to, subject, text + "-- \n" + signature + "\n",
                MailTemplates.document(locale, html + "<p style=\"" + MailTemplates.MUTED + "\">"
                        + escape(signature).replace("\n", "<br>") + "</p>"),
                List.of(new OutgoingMail.MailHeader("Auto-Submitted", "auto-replied")), null);
    }

    private static String subjectOf(IncomingReply reply) {
        String subject = reply.subject() == null ? "" : reply.subject().replaceAll("[\\r\\n]+", " ").strip();
        return subject.length() > 200 ? subject.substring(0, 200) : subject;
    }

    private String text(String key, Object... args) {
        return MailTemplates.format(bundle, key, locale, args);
    }
}
