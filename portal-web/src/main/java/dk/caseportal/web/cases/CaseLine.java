package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseRow;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * One row of "Mine sager" ready to print: texts already translated and formatted once per
 * request, so writing the row is only writing.
 */
public final class CaseLine {

    private final CaseRow row;
    private final String href;
    private final String statusLabel;
    private final String priorityLabel;
    private final String updated;
    private final String assignee;

    CaseLine(CaseRow row, String contextPath, Function<String, String> messages, DateTimeFormatter dates) {
        this.row = row;
        this.href = contextPath + "/cases/" + row.number();
        this.statusLabel = messages.apply("case.status." + row.status());
        this.priorityLabel = messages.apply("case.priority." + row.priority());
        this.updated = dates.format(row.updatedAt());
        String team = row.teamName() == null ? messages.apply("case.unassigned") : row.teamName();
        this.assignee = row.ownerName() == null ? team : team + " · " + row.ownerName();
    }

    public String getHref() {
        return href;
    }

    public String getNumber() {
        return row.number().toString();
    }

    public String getTitle() {
        return row.title();
    }

    public boolean isPrivateCase() {
        return row.privateCase();
    }

    public String getStatus() {
        return row.status().name();
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getCustomerName() {
        return row.customerName();
    }

    public String getProductName() {
        return row.productName();
    }

    public String getPriorityLabel() {
        return priorityLabel;
    }

    public String getUpdated() {
        return updated;
    }

    public String getAssignee() {
        return assignee;
    }
}
