package dk.caseportal.web.i18n;

import dk.caseportal.web.session.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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

    /**
     * How long ago, as the feed shows it ("7 m. siden", "7 min ago"); a week or more: the date and
     * time. Pages show {@link #dateTime(Instant)} beside it on hover.
     */
    public String ago(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration age = Duration.between(instant, Instant.now());
        Locale locale = currentUser.getLocale();
        if (age.toMinutes() < 1) {
            return BundleMessages.format("time.justNow", locale);
        }
        if (age.toHours() < 1) {
            return BundleMessages.format("time.minutesAgo", locale, age.toMinutes());
        }
        if (age.toDays() < 1) {
            return BundleMessages.format("time.hoursAgo", locale, age.toHours());
        }
        if (age.toDays() < 7) {
            return BundleMessages.format("time.daysAgo", locale, age.toDays());
        }
        return dateTime(instant);
    }

    /** The format of {@link #dateTime(Instant)}, for formatting many instants at once. */
    public DateTimeFormatter dateTimeFormat() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(currentUser.getLocale())
                .withZone(ZoneId.of(timeZone));
    }
}
