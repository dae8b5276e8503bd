package dk.caseportal.web.cases;

import dk.caseportal.web.i18n.BundleMessages;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes the table and the pager of "Mine sager" ({@code <cp:caseList value="#{myCasesPage.listing}"/>}),
 * on the home page and alone at {@code /cases/list} (what the page's script fetches).
 *
 * <p>The list is the page every user opens first and most often. As Facelets markup each of its
 * cells cost several expression evaluations and bean lookups on every row; as one component the
 * rows are written straight from the prepared {@link CaseListing}, and the page renders several
 * times faster. Sorting and paging are links to the list's address ({@link ListAddress}), so they
 * work without script too; the rows-per-page choice and the sort belong to the filter form
 * ({@code casesFilter}) through the {@code form} attribute. Every text is escaped by the response
 * writer.
 */
@FacesComponent(value = CaseList.TYPE, createTag = true, namespace = CaseList.NAMESPACE, tagName = "caseList")
public class CaseList extends WrittenComponent {

    static final String TYPE = "dk.caseportal.CaseList";
    static final String NAMESPACE = "https://caseportal.dk/faces";
    /** The id of the home page's form with the customer, view and search. */
    static final String FILTER_FORM = "casesFilter";

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        CaseListing listing = (CaseListing) getAttributes().get("value");
        Writer out = new Writer(context.getResponseWriter(), context.getViewRoot().getLocale());
        ListAddress address = listing.address();
        out.formValue("sort", address.sort() == null ? "" : address.sort());
        out.formValue("dir", address.ascending() ? "asc" : "desc");
        if (listing.noAccess() != null) {
            out.paragraph("noAccess", listing.noAccess());
        } else if (listing.lines().isEmpty()) {
            out.paragraph("noCases", out.text("myCases.empty"));
        } else {
            table(out, listing);
            pager(out, listing);
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
            w.startElement("a", this);
            w.writeAttribute("class", "case-sort", null);
            w.writeURIAttribute("href", column.href(), null);
            w.writeText(column.label(), null);
            out.icon(sortIcon(column.ariaSort()));
            w.endElement("a");
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

    /** The PrimeIcons icon that shows a column's sort state. */
    private static String sortIcon(String ariaSort) {
        return switch (ariaSort) {
            case "ascending" -> "pi-sort-amount-up-alt";
            case "descending" -> "pi-sort-amount-down";
            default -> "pi-sort-alt";
        };
    }

    private void pager(Writer out, CaseListing listing) throws IOException {
        Paging paging = listing.paging();
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
        out.pageLink(listing, 1, paging.isFirstPage(), "myCases.firstPage", "pi-angle-double-left");
        out.pageLink(listing, paging.page() - 1, paging.isFirstPage(), "myCases.previousPage", "pi-angle-left");
        for (int number : paging.window()) {
            w.startElement("a", this);
            boolean current = number == paging.page();
            w.writeAttribute("class", current ? "case-page is-current" : "case-page", null);
            if (current) {
                w.writeAttribute("aria-current", "page", null);
            }
            w.writeURIAttribute("href", listing.pageHref(number), null);
            w.writeText(Integer.toString(number), null);
            w.endElement("a");
        }
        out.pageLink(listing, paging.page() + 1, paging.isLastPage(), "myCases.nextPage", "pi-angle-right");
        out.pageLink(listing, paging.pageCount(), paging.isLastPage(), "myCases.lastPage", "pi-angle-double-right");
        w.startElement("label", this);
        w.writeAttribute("class", "case-rows", null);
        w.writeText(out.text("myCases.rowsPerPage"), null);
        w.startElement("select", this);
        w.writeAttribute("name", "rows", null);
        w.writeAttribute("form", FILTER_FORM, null);
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

        /** A link to a page; on the first or last page the links beyond it are shown disabled. */
        void pageLink(CaseListing listing, int page, boolean disabled, String label, String icon)
                throws IOException {
            writer.startElement(disabled ? "span" : "a", CaseList.this);
            writer.writeAttribute("class", disabled ? "case-page is-disabled" : "case-page", null);
            String text = text(label);
            writer.writeAttribute("title", text, null);
            writer.writeAttribute("aria-label", text, null);
            if (disabled) {
                writer.writeAttribute("aria-disabled", "true", null);
            } else {
                writer.writeURIAttribute("href", listing.pageHref(page), null);
            }
            icon(icon);
            writer.endElement(disabled ? "span" : "a");
        }

        /** A hidden value of the filter form, so a new search or view keeps the list's order. */
        void formValue(String name, String value) throws IOException {
            writer.startElement("input", CaseList.this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", name, null);
            writer.writeAttribute("value", value, null);
            writer.writeAttribute("form", FILTER_FORM, null);
            writer.endElement("input");
        }
    }
}
