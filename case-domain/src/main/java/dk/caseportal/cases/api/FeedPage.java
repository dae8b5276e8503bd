package dk.caseportal.cases.api;

import java.util.List;

/** The entries asked for, and whether there are more ("Vis flere"). */
public record FeedPage(List<FeedEntry> entries, boolean more) {
}
