package dk.caseportal.web.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header of RFC 6266: an ASCII {@code filename} for old clients
 * and the exact name as UTF-8 in {@code filename*} (RFC 8187), which browsers prefer.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String of(boolean inline, String fileName) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Letters outside ASCII become '_'; quotes and backslashes too, so the quoted string stays whole. */
    static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                ? (char) c : '_'));
        return ascii.toString();
    }
}
