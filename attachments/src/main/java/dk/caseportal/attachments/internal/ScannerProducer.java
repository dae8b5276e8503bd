package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.ScanVerdict;
import dk.caseportal.attachments.api.VirusScanner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.logging.Logger;

/** ClamAV when {@code portal.attachments.clamav.host} is set; otherwise no scanning at all. */
@ApplicationScoped
public class ScannerProducer {

    private static final Logger LOG = Logger.getLogger(ScannerProducer.class.getName());

    /** Files are stored as unscanned and served; the README says to configure ClamAV in production. */
    static final VirusScanner NONE = new VirusScanner() {
        @Override
        public ScanVerdict scan(InputStream content) {
            return ScanVerdict.CLEAN;
        }

        @Override
        public boolean enabled() {
            return false;
        }
    };

    @Inject
    AttachmentSettings settings;

    @Produces
    @ApplicationScoped
    VirusScanner scanner() {
        return settings.clamavHost()
                .<VirusScanner>map(host -> {
                    LOG.info(() -> "Attachments are scanned by ClamAV at " + host + ":" + settings.clamavPort());
                    return new ClamAvScanner(host, settings.clamavPort(), settings.clamavConnectTimeout(),
                            settings.clamavReadTimeout());
                })
                .orElseGet(() -> {
                    LOG.warning("No virus scanner configured (portal.attachments.clamav.host): attachments are"
                            + " served unscanned");
                    return NONE;
                });
    }
}
