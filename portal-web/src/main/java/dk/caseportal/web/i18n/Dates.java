package dk.caseportal.web.i18n;

import dk.caseportal.web.session.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shows instants as date and time in the portal's time zone and the page's language. One for the
 * application: the time zone is read from the configuration once, the language per call.
 */
@Named
@ApplicationScoped
public class Dates {

    @Inject
    @ConfigProperty(name = "portal.time-zone", defaultValue = "Europe/Copenhagen")
    String timeZone;

    @Inject
    CurrentUser currentUser;

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimeFormat().format(instant);
    }

    /** The format of {@link #dateTime(Instant)}, for formatting many instants at once. */
    public DateTimeFormatter dateTimeFormat() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(currentUser.getLocale())
                .withZone(ZoneId.of(timeZone));
    }
}
