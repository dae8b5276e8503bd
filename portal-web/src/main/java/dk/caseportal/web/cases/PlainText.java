package dk.caseportal.web.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows text a user typed as HTML: everything escaped, line breaks kept, and web addresses made
 * into links that open without handing the portal's page to the linked site.
 */
final class PlainText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");

    private PlainText() {
    }

    static String toHtml(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        Matcher matcher = LINK.matcher(text);
        int at = 0;
        while (matcher.find()) {
            html.append(escape(text.substring(at, matcher.start())));
            String url = escape(matcher.group());
            html.append("<a href=\"").append(url).append("\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">")
                    .append(url).append("</a>");
            at = matcher.end();
        }
        html.append(escape(text.substring(at)));
        return html.toString().replace("\r\n", "\n").replace("\n", "<br/>");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
