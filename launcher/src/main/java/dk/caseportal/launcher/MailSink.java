package dk.caseportal.launcher;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.configuration.PropertiesBasedGreenMailConfigurationBuilder;
import com.icegreen.greenmail.standalone.GreenMailApiServerBuilder;
import com.icegreen.greenmail.standalone.GreenMailApiServerBuilder.GreenMailApiJdkServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.PropertiesBasedServerSetupBuilder;
import com.icegreen.greenmail.util.ServerSetup;

import java.net.URI;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A local mail server that keeps every message instead of delivering it: GreenMail with SMTP,
 * IMAP and its REST API, all bound to 127.0.0.1. Authentication is off, so any login works and
 * mail to any address is kept in that address's INBOX.
 *
 * <p>Assembled like GreenMail's own standalone runner, which cannot be stopped from outside.
 */
public final class MailSink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailSink.class.getName());
    private static final String HOST = "127.0.0.1";
    /** The mailbox the portal's mails name as Reply-To; the portal reads it over IMAP. */
    public static final String REPLIES = "reply@caseportal.example";

    private final GreenMail greenMail;
    private final GreenMailApiJdkServer apiServer;

    private MailSink(GreenMail greenMail, GreenMailApiJdkServer apiServer) {
        this.greenMail = greenMail;
        this.apiServer = apiServer;
    }

    /** Starts the sink; a port of 0 means a free port. */
    public static MailSink start(int smtpPort, int imapPort, int apiPort) {
        Properties properties = new Properties();
        properties.setProperty("greenmail.hostname", HOST);
        properties.setProperty("greenmail.smtp.port", Integer.toString(smtpPort));
        properties.setProperty("greenmail.imap.port", Integer.toString(imapPort));
        properties.setProperty("greenmail.auth.disabled", "true");
        properties.setProperty("greenmail.api.hostname", HOST);
        // GreenMail binds SMTP and IMAP to port 0 and reports the real port, but the API server
        // would report port 0, so a free port is chosen up front for it.
        properties.setProperty("greenmail.api.port", Integer.toString(apiPort == 0 ? Ports.freePort() : apiPort));

        ServerSetup[] setups = new PropertiesBasedServerSetupBuilder().build(properties);
        GreenMailConfiguration configuration = new PropertiesBasedGreenMailConfigurationBuilder().build(properties);
        GreenMail greenMail = new GreenMail(setups).withConfiguration(configuration);
        greenMail.start();
        try {
            // build()'s declared type is package-private; the JDK HTTP server is what it returns.
            GreenMailApiJdkServer apiServer = (GreenMailApiJdkServer) new GreenMailApiServerBuilder()
                    .configure(properties)
                    .withGreenMail(greenMail, setups, configuration)
                    .build();
            apiServer.start();
            return new MailSink(greenMail, apiServer);
        } catch (RuntimeException e) {
            greenMail.stop();
            throw e;
        }
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** The REST API's base, e.g. {@code http://127.0.0.1:8025/api/}. */
    public URI apiUrl() {
        return apiServer.getUri().resolve("api/");
    }

    /** Where the messages of one address are listed, as JSON. */
    public URI inboxUrl(String emailAddress) {
        return apiUrl().resolve("user/" + emailAddress + "/messages/INBOX");
    }

    @Override
    public void close() {
        try {
            apiServer.stop();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stop the mail sink's REST API", e);
        }
        greenMail.stop();
    }
}
