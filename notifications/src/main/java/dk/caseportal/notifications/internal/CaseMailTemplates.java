package dk.caseportal.notifications.internal;

import static dk.caseportal.notifications.internal.MailTemplates.escape;

import dk.caseportal.cases.api.CaseActivity;
import dk.caseportal.cases.api.CaseField;
import dk.caseportal.cases.api.FieldChange;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the mails about a case's activity, in the recipient's language: what happened
 * (a post with its text, a change with its fields old → new, a file), as plain text and as HTML.
 * Every value is escaped in the HTML except the post, which the case module cleaned with its
 * allowlist; its images (which need a signed-in browser) become a link to the case.
 */
final class CaseMailTemplates {

    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final ResourceBundle bundle;
    private final Locale locale;

    CaseMailTemplates(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(MailTemplates.BUNDLE, locale);
    }

    String subject(CaseActivity activity) {
        return text("case.subject", activity.caseNumber().toString(), activity.caseTitle());
    }

    /** What happened, as plain text: one line, then the post's text or the changed fields. */
    String whatText(CaseActivity activity) {
        StringBuilder text = new StringBuilder(headline(activity));
        switch (activity.kind()) {
            case POST -> text.append("\n\n").append(activity.postText());
            case CHANGE -> activity.changes().forEach(change -> text.append("\n").append(label(change.field()))
                    .append(": ").append(value(change, change.oldValue())).append(" → ")
                    .append(value(change, change.newValue())));
            case FILE -> { }
        }
        return text.toString();
    }

    /** What happened, as HTML; {@code caseUrl} is where the post's images are seen. */
    String whatHtml(CaseActivity activity, String caseUrl) {
        StringBuilder html = new StringBuilder("<p>").append(escape(headline(activity))).append("</p>");
        switch (activity.kind()) {
            case POST -> html.append("<div style=\"border-left: 3px solid #c9d3df; padding-left: 12px;\">")
                    .append(IMAGE.matcher(activity.postHtml()).replaceAll(Matcher.quoteReplacement(
                            "<a href=\"" + escape(caseUrl) + "\">" + escape(text("case.image")) + "</a>")))
                    .append("</div>");
            case CHANGE -> {
                html.append("<ul>");
                activity.changes().forEach(change -> html.append("<li>").append(escape(label(change.field())))
                        .append(": ").append(escape(value(change, change.oldValue()))).append(" → <strong>")
                        .append(escape(value(change, change.newValue()))).append("</strong></li>"));
                html.append("</ul>");
            }
            case FILE -> { }
        }
        return html.toString();
    }

    /** One mail for one activity: what happened, the link to the case, why it came and how to stop it. */
    OutgoingMail mail(String to, CaseActivity activity, String caseUrl, String unsubscribeUrl, String settingsUrl,
                      boolean replies, List<OutgoingMail.MailHeader> headers, OutgoingMail.CaseRecipient about) {
        String number = activity.caseNumber().toString();
        String reply = replies ? text("case.reply") : null;
        String text = whatText(activity) + "\n\n" + text("case.open") + ": " + caseUrl
                + (reply == null ? "" : "\n" + reply)
                + "\n\n-- \n" + text("case.why", number) + "\n" + text("case.unsubscribe") + ": " + unsubscribeUrl
                + "\n" + text("case.settings") + ": " + settingsUrl + "\n";
        String html = MailTemplates.document(locale, whatHtml(activity, caseUrl)
                + "<p>" + button(caseUrl, text("case.open")) + "</p>"
                + (reply == null ? "" : "<p>" + escape(reply) + "</p>")
                + "<p style=\"" + MailTemplates.MUTED + "\">" + escape(text("case.why", number)) + "<br>"
                + "<a href=\"" + escape(unsubscribeUrl) + "\">" + escape(text("case.unsubscribe")) + "</a> · "
                + "<a href=\"" + escape(settingsUrl) + "\">" + escape(text("case.settings")) + "</a></p>");
        return new OutgoingMail(to, subject(activity), text, html, headers, about);
    }

    static String button(String url, String label) {
        return "<a href=\"" + escape(url) + "\" style=\"display: inline-block; padding: 8px 16px; background: #1f5fa8; "
                + "color: #ffffff; text-decoration: none; border-radius: 6px;\">" + escape(label) + "</a>";
    }

    private String headline(CaseActivity activity) {
        String side = text(activity.byVendor() ? "case.side.vendor" : "case.side.customer");
        return switch (activity.kind()) {
            case POST -> text(activity.internal() ? "case.internalNote" : "case.post", activity.byName(), side);
            case CHANGE -> text("case.change", activity.byName(), side);
            case FILE -> text("case.file", activity.byName(), side, activity.fileName());
        };
    }

    private String label(CaseField field) {
        return text("case.field." + field.name());
    }

    private String value(FieldChange change, String value) {
        if (value == null) {
            return text("case.none");
        }
        return change.field() == CaseField.STATUS ? text("case.status." + value) : value;
    }

    String text(String key, Object... args) {
        return MailTemplates.format(bundle, key, locale, args);
    }
}
