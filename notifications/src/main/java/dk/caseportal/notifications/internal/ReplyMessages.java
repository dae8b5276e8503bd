package dk.caseportal.notifications.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Reads a mail from the replies mailbox into an {@link IncomingReply}. */
final class ReplyMessages {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    /** What mail programs put around the quoted mail in HTML. */
    private static final String QUOTES = "blockquote, .gmail_quote, .gmail_attr, .moz-cite-prefix, .yahoo_quoted, "
            + "#mail-editor-reference-message-container";
    /** Outlook's: the quoted mail is everything after them. */
    private static final String QUOTE_STARTS = "#divRplyFwdMsg, #appendonsend, hr#stopSpelling";
    private static final List<String> BLOCKS = List.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "table");

    private ReplyMessages() {
    }

    static IncomingReply read(MimeMessage message) throws MessagingException, IOException {
        String from = message.getFrom() == null || message.getFrom().length == 0 ? null
                : ((InternetAddress) message.getFrom()[0]).getAddress();
        List<String> references = new ArrayList<>();
        for (String header : List.of("In-Reply-To", "References")) {
            String value = message.getHeader(header, " ");
            if (value != null) {
                Matcher matcher = MESSAGE_ID.matcher(value);
                while (matcher.find()) {
                    references.add(matcher.group());
                }
            }
        }
        Body body = new Body();
        collect(message, body);
        String text = body.plain != null ? body.plain : body.html != null ? htmlText(body.html) : "";
        return new IncomingReply(key(message, from), from, message.getSubject(), references, automatic(message, from),
                unverified(message), ReplyText.of(text), body.attachments);
    }

    private static String key(MimeMessage message, String from) throws MessagingException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank() && id.length() <= 400) {
            return id.strip();
        }
        String headers = from + "|" + message.getHeader("Date", ",") + "|" + message.getSubject();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(headers.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 3834 and common practice: never answer an auto-reply, a bounce or a list's mail. */
    private static boolean automatic(MimeMessage message, String from) throws MessagingException {
        String autoSubmitted = message.getHeader("Auto-Submitted", ",");
        String precedence = message.getHeader("Precedence", ",");
        String sender = from == null ? "" : from.toLowerCase(Locale.ROOT);
        return autoSubmitted != null && !"no".equalsIgnoreCase(autoSubmitted.strip())
                || precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list")
                || message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null
                || sender.startsWith("mailer-daemon@") || sender.startsWith("postmaster@") || sender.isEmpty();
    }

    /** The receiving server's verdict, when it wrote one: a failing DMARC check means a forged sender. */
    private static boolean unverified(MimeMessage message) throws MessagingException {
        String results = message.getHeader("Authentication-Results", ";");
        return results != null && results.toLowerCase(Locale.ROOT).contains("dmarc=fail");
    }

    private static final class Body {
        String plain;
        String html;
        final List<IncomingReply.Attachment> attachments = new ArrayList<>();
    }

    private static void collect(Part part, Body body) throws MessagingException, IOException {
        String fileName = fileName(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || fileName != null && !part.isMimeType("multipart/*");
        if (attachment && fileName != null) {
            body.attachments.add(new IncomingReply.Attachment(fileName, part.getInputStream().readAllBytes()));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, body);
            }
        } else if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(part.getContent());
        } else if (part.isMimeType("message/rfc822") && part instanceof Message) {
            collect(part, body);
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    /** An HTML-only reply as text: the quoted mail removed, blocks and line breaks kept. */
    static String htmlText(String html) {
        Document document = Jsoup.parse(html);
        for (Element start : document.select(QUOTE_STARTS)) {
            start.nextElementSiblings().remove();
            start.remove();
        }
        document.select(QUOTES).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && "br".equals(element.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())
                        && !"br".equals(element.normalName())) {
                    text.append('\n');
                }
            }
        }, document.body());
        return text.toString().replace('\u00a0', ' ').replaceAll("\n{3,}", "\n\n");
    }
}
