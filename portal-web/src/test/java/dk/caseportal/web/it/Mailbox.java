package dk.caseportal.web.it;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what arrived in the test mail sink, through its REST API. */
final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Mailbox() {
    }

    /** The JSON list of messages for the address (an empty list when none). */
    static String messagesFor(String address) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(PortalServer.mailSink().inboxUrl(address)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Waits until at least {@code count} mails have arrived for the address; returns their JSON. */
    static String awaitMails(String address, int count) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = messagesFor(address);
            if (occurrences(body, "\"subject\"") >= count) {
                return body;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Fewer than " + count + " mails for " + address + " within 30 s: " + body);
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** The mails' raw MIME text with quoted-printable soft line breaks and JSON escapes undone. */
    static String readable(String messagesJson) {
        return messagesJson.replace("\\r", "").replace("\\n", "\n").replace("=\n", "").replace("=3D", "=")
                .replace("\\u003d", "=").replace("\\/", "/");
    }

    /** The last reset link in the mails. */
    static String lastResetLink(String messagesJson) {
        String raw = readable(messagesJson);
        Matcher matcher = Pattern.compile("https?://[^\\s\"<>]*/reset-password\\?token=[A-Za-z0-9_-]+").matcher(raw);
        String link = null;
        while (matcher.find()) {
            link = matcher.group();
        }
        if (link == null) {
            throw new AssertionError("No reset link in: " + messagesJson);
        }
        return link;
    }
}
