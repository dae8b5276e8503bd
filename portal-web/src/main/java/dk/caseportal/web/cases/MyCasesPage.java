package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CasePage;
import dk.caseportal.cases.api.CaseQuery;
import dk.caseportal.cases.api.CaseView;
import dk.caseportal.cases.api.Cases;
import dk.caseportal.identity.api.CustomerAccess;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserPreferences;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.web.i18n.BundleMessages;
import dk.caseportal.web.i18n.Dates;
import dk.caseportal.web.session.CurrentUser;
import dk.caseportal.web.session.SignedInAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;

/**
 * Backs "Mine sager" on the home page: "Vælg kunde" (remembered for the user), "Vælg visning",
 * a search on title and case number, and the list itself, sorted and paged in the database. The
 * vendor's staff see every customer's cases, with a customer column, and two views of their own.
 *
 * <p>It is the page every user opens first and most often, so each request prepares one
 * {@link CaseListing} (translated, formatted) that {@link CaseList} writes without further
 * lookups. Sorting and paging arrive as parameters of one Faces ajax request ({@code showCases}
 * on the page).
 *
 * <p>The page is stateless: what the list shows (customer, view, search, first row, rows per page,
 * sort) travels in the form with every request, so the session keeps no view of it, the page
 * never expires, and this bean lives for one request.
 */
@Named
@RequestScoped
public class MyCasesPage {

    /** A sortable column: the field the database sorts by and the header's message key. */
    private record Column(String field, String label) {
    }

    private static final Column NUMBER = new Column("number", "case.number");
    private static final Column TITLE = new Column("title", "case.titleColumn");
    private static final Column STATUS = new Column("status", "case.statusColumn");
    private static final Column CUSTOMER = new Column("customerName", "case.companyName");
    private static final Column PRODUCT = new Column("productName", "case.product");
    private static final Column PRIORITY = new Column("priority", "case.priority");
    private static final Column UPDATED = new Column("updatedAt", "case.updated");
    private static final Column TEAM = new Column("teamName", "case.team");

    @Inject
    Cases cases;

    @Inject
    IdentityDirectory directory;

    @Inject
    UserPreferences preferences;

    @Inject
    SignedInAccess access;

    @Inject
    Dates dates;

    @Inject
    CurrentUser currentUser;

    private boolean staff;
    private List<CustomerSummary> customers = List.of();
    private Long customerId;
    private CaseView view = CaseView.OPEN;
    private String search;
    private final Paging paging = new Paging();
    /** null: newest update first. */
    private String sortField;
    private boolean ascending;
    private CaseListing listing;

    @PostConstruct
    void init() {
        UserSummary user = currentUser.getUser();
        staff = user.role().isVendorStaff();
        if (staff) {
            customers = directory.activeCustomers();
        } else {
            customers = access.getCustomers().stream().map(CustomerAccess::customer).toList();
            if (!Faces.isPostback()) {
                customerId = rememberedCustomer(user);
            }
        }
    }

    private Long rememberedCustomer(UserSummary user) {
        return preferences.selectedCustomer(user.id()).map(CustomerId::value)
                .or(() -> customers.stream().findFirst().map(c -> c.id().value()))
                .orElse(null);
    }

    /** Reads the page to show; once per request, after the request's changes (preRenderView). */
    public void load() {
        if (!staff && customerId == null) {
            customerId = rememberedCustomer(currentUser.getUser()); // a postback of another form
        }
        Locale locale = currentUser.getLocale();
        String noAccess = noAccessMessage();
        List<CaseLine> lines = List.of();
        if (noAccess == null) {
            CasePage page = cases.page(query());
            paging.found(page.total());
            if (page.rows().isEmpty() && page.total() > 0) {
                page = cases.page(query()); // a page past the end (the list shrank, or a stale number): the last one
            }
            String contextPath = Faces.getRequestContextPath();
            DateTimeFormatter format = dates.dateTimeFormat();
            ResourceBundle bundle = ResourceBundle.getBundle(BundleMessages.BUNDLE, locale);
            lines = page.rows().stream()
                    .map(row -> new CaseLine(row, contextPath, bundle::getString, format))
                    .toList();
        }
        List<CaseListing.Header> headers = columns().stream()
                .map(c -> new CaseListing.Header(c.field(), BundleMessages.format(c.label(), locale),
                        sortState(c.field()), sortIcon(c.field())))
                .toList();
        listing = new CaseListing(noAccess == null ? null : BundleMessages.format(noAccess, locale, customerName()),
                headers, lines, paging, staff);
    }

    /** What the list shows in this request, read by {@link #load()} before the page is rendered. */
    public CaseListing getListing() {
        return listing;
    }

    private CaseQuery query() {
        return new CaseQuery(customerId == null ? null : new CustomerId(customerId), view, search, paging.first(),
                paging.size(), sortField, ascending);
    }

    /** Remembers the customer chosen, so "Mine sager" opens on it next time. */
    public void customerChanged() {
        if (customerId != null && !staff) {
            preferences.selectCustomer(currentUser.getUser().id(), new CustomerId(customerId));
        }
        selectionChanged();
    }

    /** Another customer, view or search starts the list on its first page. */
    public void selectionChanged() {
        paging.restart();
    }

    /**
     * A click in the list: {@code page} (a page number), {@code rows} (rows per page) or
     * {@code sort} (a column: the same column again turns the direction). Anything else is ignored.
     */
    public void show() {
        parameter("page").flatMap(MyCasesPage::number).ifPresent(paging::goTo);
        parameter("rows").flatMap(MyCasesPage::number).ifPresent(paging::resize);
        parameter("sort").filter(field -> columns().stream().anyMatch(c -> c.field().equals(field)))
                .ifPresent(this::sortBy);
    }

    private void sortBy(String field) {
        if (field.equals(effectiveSortField())) {
            ascending = !effectiveAscending();
        } else {
            ascending = !UPDATED.field().equals(field);
        }
        sortField = field;
        paging.restart();
    }

    private String effectiveSortField() {
        return sortField == null ? UPDATED.field() : sortField;
    }

    private boolean effectiveAscending() {
        return sortField != null && ascending;
    }

    private static Optional<String> parameter(String name) {
        return Optional.ofNullable(Faces.getRequestParameter(name));
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The header's {@code aria-sort} for the column: ascending, descending or none. */
    String sortState(String field) {
        if (!field.equals(effectiveSortField())) {
            return "none";
        }
        return effectiveAscending() ? "ascending" : "descending";
    }

    /** The PrimeIcons icon that shows the column's sort state. */
    String sortIcon(String field) {
        return switch (sortState(field)) {
            case "ascending" -> "pi-sort-amount-up-alt";
            case "descending" -> "pi-sort-amount-down";
            default -> "pi-sort-alt";
        };
    }

    private List<Column> columns() {
        return Stream.of(NUMBER, TITLE, STATUS, staff ? CUSTOMER : null, PRODUCT, PRIORITY, UPDATED, TEAM)
                .filter(c -> c != null)
                .toList();
    }

    /**
     * Why a customer's user sees no list at all (a message key): no customer, or no product at
     * the chosen one. Null when the list can be shown.
     */
    private String noAccessMessage() {
        if (staff) {
            return null;
        }
        if (customerId == null) {
            return "home.noCustomers";
        }
        return access.of(new CustomerId(customerId)).filter(a -> a.products().isEmpty())
                .map(a -> "myCases.noProducts").orElse(null);
    }

    /** "Opret en sag" is offered to a customer's user with a product to report a case about. */
    public boolean isMayCreateCase() {
        return !staff && access.getCustomers().stream().anyMatch(a -> !a.products().isEmpty());
    }

    public boolean isStaff() {
        return staff;
    }

    public List<CaseView> getViews() {
        return Arrays.stream(CaseView.values()).filter(v -> staff || !v.isForStaffOnly()).toList();
    }

    public List<CustomerSummary> getCustomers() {
        return customers;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    private String customerName() {
        return customers.stream().filter(c -> c.id().value() == (customerId == null ? -1 : customerId))
                .map(CustomerSummary::name).findFirst().orElse("");
    }

    /** The list's first row, as the page sends it back; a page boundary from 0 on. */
    public int getFirst() {
        return paging.first();
    }

    public void setFirst(int first) {
        paging.moveTo(first);
    }

    /** Rows per page; only the sizes offered are taken. */
    public int getRows() {
        return paging.size();
    }

    public void setRows(int rows) {
        paging.resize(rows);
    }

    /** The sort column's field; empty for the default order (newest update first). */
    public String getSort() {
        return sortField == null ? "" : sortField;
    }

    public void setSort(String sort) {
        sortField = columns().stream().map(Column::field).filter(f -> f.equals(sort)).findFirst().orElse(null);
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }

    public CaseView getView() {
        return view;
    }

    public void setView(CaseView view) {
        this.view = view;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
