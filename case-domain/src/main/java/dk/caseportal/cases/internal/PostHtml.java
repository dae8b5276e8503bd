package dk.caseportal.cases.internal;

import java.util.regex.Pattern;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What a post may contain, decided on the server whatever the editor sent: paragraphs, bold,
 * italic, lists, quotes, code, links (http, https, mailto; opened without the portal as referrer
 * and marked nofollow) and the case's own images ({@code /files/{id}/inline}). Everything else —
 * scripts, event handlers, styles, forms, frames, SVG, foreign image sources, {@code javascript:}
 * links — is removed (OWASP Java HTML Sanitizer, an allowlist).
 */
final class PostHtml {

    /** A picture stored with the case through the attachments module; nothing from elsewhere. */
    private static final Pattern OWN_IMAGE = Pattern.compile(
            "/files/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/inline");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "s", "ul", "ol", "li", "blockquote", "pre", "code")
            // The editor (Quill 2) writes every list as <ol> and marks bullet items with data-list.
            .allowAttributes("data-list").matching(Pattern.compile("bullet|ordered")).onElements("li")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowElements("img")
            .allowAttributes("src").matching(OWN_IMAGE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .disallowWithoutAttributes("img")
            .toFactory();

    /** Nothing allowed: what is left is the text, for search. */
    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();

    private PostHtml() {
    }

    static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** The words of a (sanitized) post, without markup, as people would search for them. */
    static String text(String html) {
        String withBreaks = html == null ? "" : html.replaceAll("(?i)<(br|/p|/li|/blockquote|/pre)\\b[^>]*>", "$0\n");
        return Encoding.decodeHtml(TEXT_ONLY.sanitize(withBreaks), false).strip();
    }
}
