package dk.caseportal.launcher;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailSinkTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keepsMailSentOverSmtpAndListsItThroughTheRestApi() throws Exception {
        try (MailSink sink = MailSink.start(0, 0, 0)) {
            assertThat(sink.apiUrl().toString()).startsWith("http://127.0.0.1:").endsWith("/api/");
            assertThat(get(sink.apiUrl().resolve("service/readiness")).statusCode()).isEqualTo(200);

            send(sink.smtpPort(), "someone@example.test", "Case 4711 was updated");

            HttpResponse<String> messages = get(sink.inboxUrl("someone@example.test"));
            assertThat(messages.statusCode()).isEqualTo(200);
            assertThat(messages.body()).contains("Case 4711 was updated");
            assertThat(sink.inboxUrl("someone@example.test").toString())
                    .isEqualTo(sink.apiUrl() + "user/someone@example.test/messages/INBOX");
        }
    }

    private static void send(int smtpPort, String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "localhost");
        properties.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("portal@vendor.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Hello");
        Transport.send(message);
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
