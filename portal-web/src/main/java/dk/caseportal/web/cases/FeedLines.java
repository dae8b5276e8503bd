package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseHistoryEntry;
import dk.caseportal.cases.api.FeedEntry;
import dk.caseportal.cases.api.FieldChange;
import dk.caseportal.cases.api.ReferenceData;
import dk.caseportal.web.i18n.BundleMessages;
import dk.caseportal.web.i18n.Dates;
import dk.caseportal.web.session.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Makes the feed's entries into {@link FeedLine}s in the page's language. */
@ApplicationScoped
public class FeedLines {

    @Inject
    Dates dates;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceData referenceData;

    public List<FeedLine> of(List<FeedEntry> entries) {
        Locale locale = currentUser.getLocale();
        DateTimeFormatter exact = dates.dateTimeFormat();
        String customer = BundleMessages.format("feed.side.customer", locale);
        String vendor = BundleMessages.format("feed.side.vendor", locale);
        return entries.stream().map(entry -> {
            String side = entry.vendorSide() ? vendor : customer;
            String ago = dates.ago(entry.at());
            String at = exact.format(entry.at());
            if (entry.isPost()) {
                return new FeedLine(entry.key(), true, entry.internal(), entry.actorName(), side, ago, at,
                        entry.html(), null, List.of());
            }
            CaseHistoryEntry history = entry.history();
            return new FeedLine(entry.key(), false, false, entry.actorName(), side, ago, at, null,
                    sentence(history, side, locale), history.changes().stream()
                            .map(change -> change(change, locale)).toList());
        }).toList();
    }

    private static String sentence(CaseHistoryEntry history, String side, Locale locale) {
        String actor = history.actorName();
        String detail = history.detail();
        return switch (history.kind()) {
            case "CREATED" -> BundleMessages.format("case.history.CREATED", locale, actor);
            case "ASSIGNED_BY_RULE" -> history.teamName() == null
                    ? BundleMessages.format("case.history.UNASSIGNED", locale)
                    : BundleMessages.format(history.ownerName() == null ? "case.history.ASSIGNED_TEAM"
                            : "case.history.ASSIGNED_BY_RULE", locale, history.ownerName(), history.teamName());
            case "UPDATED" -> BundleMessages.format("case.history.UPDATED", locale, actor, side);
            case "FOLLOWER_ADDED", "FOLLOWER_REMOVED" -> BundleMessages.format(actor == null
                    ? "case.history.FOLLOW_ENDED" : !actor.equals(detail) ? "case.history." + history.kind()
                    : "FOLLOWER_ADDED".equals(history.kind()) ? "case.history.FOLLOWING"
                    : "case.history.UNFOLLOWING", locale, actor, detail);
            default -> BundleMessages.format("case.history." + history.kind(), locale, actor, detail);
        };
    }

    private FeedLine.Change change(FieldChange change, Locale locale) {
        return new FeedLine.Change(BundleMessages.format("case.field." + change.field(), locale),
                change.field().name(), value(change, change.oldValue(), locale),
                value(change, change.newValue(), locale));
    }

    private String value(FieldChange change, String value, Locale locale) {
        if (value == null) {
            return BundleMessages.format("case.field.none", locale);
        }
        return switch (change.field()) {
            case STATUS -> BundleMessages.format("case.status." + value, locale);
            case PRIORITY -> BundleMessages.format("case.priority." + value, locale);
            case TYPE, URGENCY, IMPACT, SUBJECT -> referenceData.find(Long.parseLong(value))
                    .map(reference -> reference.label(locale)).orElse(value);
            case TEAM, OWNER -> value;
        };
    }
}
