package dk.caseportal.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Makes OmniFaces' {@code Messages.addGlobalError("key", params)} look the key up in our bundle
 * in the page's language, so beans never hold literal text.
 */
@ApplicationScoped
public class BundleMessages {

    public static final String BUNDLE = "dk.caseportal.web.i18n.messages";
    private static final Logger LOG = Logger.getLogger(BundleMessages.class.getName());

    void install(@Observes @Initialized(ApplicationScoped.class) Object context) {
        Messages.setResolver((key, params) -> format(key, Faces.getLocale(), params));
    }

    public static String format(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing message key " + key + " for " + locale);
            return key;
        }
    }
}
