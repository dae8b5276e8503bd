package dk.caseportal.web.cases;

import dk.caseportal.web.i18n.BundleMessages;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes the table and the pager of "Mine sager" ({@code <cp:caseList value="#{myCasesPage.listing}"/>}).
 *
 * <p>The list is the page every user opens first and most often. As Facelets markup each of its
 * cells cost several expression evaluations and bean lookups on every row; as one component the
 * rows are written straight from the prepared {@link CaseListing}, and the page renders several
 * times faster. The markup is the same as a page would write: buttons call {@code showCases} with
 * the page, sort or rows chosen, and every text is escaped by the response writer.
 */
@FacesComponent(value = CaseList.TYPE, createTag = true, namespace = CaseList.NAMESPACE, tagName = "caseList")
public class CaseList extends UIComponentBase {

    static final String TYPE = "dk.caseportal.CaseList";
    static final String NAMESPACE = "https://caseportal.dk/faces";

    @Override
    public String getFamily() {
        return TYPE;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        CaseListing listing = (CaseListing) getAttributes().get("value");
        Writer out = new Writer(context.getResponseWriter(), context.getViewRoot().getLocale());
        if (listing.noAccess() != null) {
            out.paragraph("noAccess", listing.noAccess());
        } else if (listing.lines().isEmpty()) {
            out.paragraph("noCases", out.text("myCases.empty"));
        } else {
            table(out, listing);
            pager(out, listing.paging());
        }
    }

    private void table(Writer out, CaseListing listing) throws IOException {
        ResponseWriter w = out.writer;
        w.startElement("div", this);
        w.writeAttribute("class", "portal-table-scroll", null);
        w.startElement("table", this);
        w.writeAttribute("class", "case-table", null);
        w.startElement("thead", this);
        w.startElement("tr", this);
        for (CaseListing.Header column : listing.headers()) {
            w.startElement("th", this);
            w.writeAttribute("scope", "col", null);
            w.writeAttribute("aria-sort", column.ariaSort(), null);
            w.startElement("button", this);
            w.writeAttribute("type", "button", null);
            w.writeAttribute("class", "case-sort", null);
            w.writeAttribute("data-sort", column.field(), null);
            w.writeAttribute("onclick", "showCases([{name: 'sort', value: '" + column.field() + "'}])", null);
            w.writeText(column.label(), null);
            out.icon(column.icon());
            w.endElement("button");
            w.endElement("th");
        }
        w.endElement("tr");
        w.endElement("thead");
        w.startElement("tbody", this);
        w.writeAttribute("id", "caseRows", null);
        String privateBadge = out.text("case.private");
        for (CaseLine line : listing.lines()) {
            w.startElement("tr", this);
            out.cellLink("case-link", line.getHref(), line.getNumber(), null);
            out.cellLink("case-title", line.getHref(), line.getTitle(), line.isPrivateCase() ? privateBadge : null);
            w.startElement("td", this);
            w.startElement("span", this);
            w.writeAttribute("class", "case-status case-status-" + line.getStatus(), null);
            w.writeText(line.getStatusLabel(), null);
            w.endElement("span");
            w.endElement("td");
            if (listing.staff()) {
                out.cell(line.getCustomerName());
            }
            out.cell(line.getProductName());
            out.cell(line.getPriorityLabel());
            out.cell(line.getUpdated());
            out.cell(line.getAssignee());
            w.endElement("tr");
        }
        w.endElement("tbody");
        w.endElement("table");
        w.endElement("div");
    }

    private void pager(Writer out, Paging paging) throws IOException {
        ResponseWriter w = out.writer;
        w.startElement("nav", this);
        w.writeAttribute("class", "case-pager", null);
        w.writeAttribute("aria-label", out.text("myCases.pages"), null);
        w.startElement("span", this);
        w.writeAttribute("id", "caseRange", null);
        w.writeAttribute("class", "case-range", null);
        w.writeText(BundleMessages.format("myCases.range", out.locale, paging.firstShown(), paging.lastShown(),
                paging.total()), null);
        w.endElement("span");
        out.pageButton(1, paging.isFirstPage(), "myCases.firstPage", "pi-angle-double-left");
        out.pageButton(paging.page() - 1, paging.isFirstPage(), "myCases.previousPage", "pi-angle-left");
        for (int number : paging.window()) {
            w.startElement("button", this);
            w.writeAttribute("type", "button", null);
            boolean current = number == paging.page();
            w.writeAttribute("class", current ? "case-page is-current" : "case-page", null);
            if (current) {
                w.writeAttribute("aria-current", "page", null);
            }
            w.writeAttribute("onclick", "showCases([{name: 'page', value: " + number + "}])", null);
            w.writeText(Integer.toString(number), null);
            w.endElement("button");
        }
        out.pageButton(paging.page() + 1, paging.isLastPage(), "myCases.nextPage", "pi-angle-right");
        out.pageButton(paging.pageCount(), paging.isLastPage(), "myCases.lastPage", "pi-angle-double-right");
        w.startElement("label", this);
        w.writeAttribute("class", "case-rows", null);
        w.writeText(out.text("myCases.rowsPerPage"), null);
        w.startElement("select", this);
        w.writeAttribute("onchange", "showCases([{name: 'rows', value: this.value}])", null);
        for (int size : Paging.SIZES) {
            w.startElement("option", this);
            w.writeAttribute("value", size, null);
            if (size == paging.size()) {
                w.writeAttribute("selected", "selected", null);
            }
            w.writeText(Integer.toString(size), null);
            w.endElement("option");
        }
        w.endElement("select");
        w.endElement("label");
        w.endElement("nav");
    }

    /** The response writer with the page's language and the few shapes the list repeats. */
    private final class Writer {

        private final ResponseWriter writer;
        private final Locale locale;

        Writer(ResponseWriter writer, Locale locale) {
            this.writer = writer;
            this.locale = locale;
        }

        String text(String key) {
            return BundleMessages.format(key, locale);
        }

        void paragraph(String id, String text) throws IOException {
            writer.startElement("p", CaseList.this);
            writer.writeAttribute("id", id, null);
            writer.writeAttribute("class", "portal-muted", null);
            writer.writeText(text, null);
            writer.endElement("p");
        }

        void cell(String text) throws IOException {
            writer.startElement("td", CaseList.this);
            writer.writeText(text == null ? "" : text, null);
            writer.endElement("td");
        }

        void cellLink(String styleClass, String href, String text, String badge) throws IOException {
            writer.startElement("td", CaseList.this);
            writer.startElement("a", CaseList.this);
            writer.writeAttribute("class", styleClass, null);
            writer.writeURIAttribute("href", href, null);
            writer.writeText(text, null);
            writer.endElement("a");
            if (badge != null) {
                writer.startElement("span", CaseList.this);
                writer.writeAttribute("class", "portal-badge", null);
                writer.writeText(badge, null);
                writer.endElement("span");
            }
            writer.endElement("td");
        }

        void icon(String icon) throws IOException {
            writer.startElement("i", CaseList.this);
            writer.writeAttribute("class", "pi " + icon, null);
            writer.writeAttribute("aria-hidden", "true", null);
            writer.endElement("i");
        }

        void pageButton(int page, boolean disabled, String label, String icon) throws IOException {
            writer.startElement("button", CaseList.this);
            writer.writeAttribute("type", "button", null);
            writer.writeAttribute("class", "case-page", null);
            if (disabled) {
                writer.writeAttribute("disabled", "disabled", null);
            }
            String text = text(label);
            writer.writeAttribute("title", text, null);
            writer.writeAttribute("aria-label", text, null);
            writer.writeAttribute("onclick", "showCases([{name: 'page', value: " + page + "}])", null);
            icon(icon);
            writer.endElement("button");
        }
    }
}
