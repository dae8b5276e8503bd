package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CasePage;
import dk.caseportal.cases.api.CaseQuery;
import dk.caseportal.cases.api.CaseView;
import dk.caseportal.cases.api.Cases;
import dk.caseportal.identity.api.CustomerAccess;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
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
import java.util.function.Function;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;

/**
 * Backs "Mine sager" on the home page: "Vælg kunde" (remembered for the user), "Vælg visning",
 * a search on title and case number, and the list itself, sorted and paged in the database. The
 * vendor's staff see every customer's cases, with a customer column, and two views of their own.
 *
 * <p>Everything the list shows comes from the address ({@link ListAddress}: customer, view, search,
 * page, rows, sort), read by plain GET requests: the home page itself, and {@code /cases/list}, the
 * list alone, which the page's script fetches when the user sorts, pages, searches or chooses. So
 * the session keeps no view of the page, the page never expires, every list has an address, and
 * a change of the list costs one small request instead of a Faces postback of the whole page.
 *
 * <p>It is the page every user opens first and most often, so each request prepares one
 * {@link CaseListing} (translated, formatted) that {@link CaseList} writes without further lookups.
 * Values in the address that the user may not use (another customer, a staff view, a column that
 * does not exist) are ignored, not trusted: the list is read through {@link Cases}, which applies
 * the caller's access in every query.
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
    /** Longer searches are cut; titles are at most 255 characters. */
    static final int SEARCH_LENGTH = 255;

    @Inject
    Cases cases;

    @Inject
    IdentityDirectory directory;

    @Inject
    ChosenCustomer chosenCustomer;

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
        customers = staff ? directory.activeCustomers()
                : access.getCustomers().stream().map(CustomerAccess::customer).toList();
        customerId = parsed(parameter("customer"), Long::valueOf)
                .filter(this::isOneOfTheCustomers)
                .orElse(null);
        if (!staff) {
            if (customerId != null) {
                chosenCustomer.choose(user.id(), customerId);
            } else {
                customerId = chosenCustomer.of(user.id()).filter(this::isOneOfTheCustomers)
                        .or(() -> customers.stream().findFirst().map(c -> c.id().value()))
                        .orElse(null);
            }
        }
        view = Arrays.stream(CaseView.values())
                .filter(v -> v.name().equals(parameter("view")) && (staff || !v.isForStaffOnly()))
                .findFirst().orElse(CaseView.OPEN);
        search = Optional.ofNullable(parameter("q")).map(String::strip).filter(q -> !q.isEmpty())
                .map(q -> q.length() > SEARCH_LENGTH ? q.substring(0, SEARCH_LENGTH) : q)
                .orElse(null);
        parsed(parameter("rows"), Integer::valueOf).ifPresent(paging::resize);
        String sort = parameter("sort");
        sortField = columns().stream().map(Column::field).filter(f -> f.equals(sort)).findFirst().orElse(null);
        ascending = sortField != null && "asc".equals(parameter("dir"));
        parsed(parameter("page"), Integer::valueOf).ifPresent(paging::goTo);
    }

    /** The user's customers are read on every request; the one remembered may no longer be among them. */
    private boolean isOneOfTheCustomers(long id) {
        return customers.stream().anyMatch(c -> c.id().value() == id);
    }

    /** Reads the page to show; once per request, before the page is rendered (preRenderView). */
    public void load() {
        Locale locale = currentUser.getLocale();
        String noAccess = noAccessMessage();
        List<CaseLine> lines = List.of();
        String contextPath = Faces.getRequestContextPath();
        if (noAccess == null) {
            CasePage page = cases.page(query());
            paging.found(page.total());
            if (page.rows().isEmpty() && page.total() > 0) {
                page = cases.page(query()); // a page past the end (the list shrank, or a stale number): the last one
            }
            DateTimeFormatter format = dates.dateTimeFormat();
            ResourceBundle bundle = ResourceBundle.getBundle(BundleMessages.BUNDLE, locale);
            lines = page.rows().stream()
                    .map(row -> new CaseLine(row, contextPath, bundle::getString, format))
                    .toList();
        }
        ListAddress address = address();
        String home = contextPath + "/";
        List<CaseListing.Header> headers = columns().stream()
                .map(c -> new CaseListing.Header(BundleMessages.format(c.label(), locale), sortState(c.field()),
                        home + address.sortedBy(c.field(), sortedAscending(c.field())).query(1)))
                .toList();
        listing = new CaseListing(noAccess == null ? null : BundleMessages.format(noAccess, locale, customerName()),
                headers, lines, paging, staff, address, home);
    }

    /** What the list shows in this request, read by {@link #load()} before the page is rendered. */
    public CaseListing getListing() {
        return listing;
    }

    /** The address of the list as it is shown, without its page. */
    ListAddress address() {
        return new ListAddress(customerId, view, search, paging.size(), sortField, ascending);
    }

    private CaseQuery query() {
        return new CaseQuery(customerId == null ? null : new CustomerId(customerId), view, search, paging.first(),
                paging.size(), sortField, ascending);
    }

    /**
     * The direction a click on a column's header asks for: the other way round on the sorted
     * column, otherwise ascending (newest first for the last update).
     */
    private boolean sortedAscending(String field) {
        if (field.equals(effectiveSortField())) {
            return !effectiveAscending();
        }
        return !UPDATED.field().equals(field);
    }

    private String effectiveSortField() {
        return sortField == null ? UPDATED.field() : sortField;
    }

    private boolean effectiveAscending() {
        return sortField != null && ascending;
    }

    private static String parameter(String name) {
        return Faces.getRequestParameter(name);
    }

    /** A number from the address; none when it is missing or not a number. */
    private static <T extends Number> Optional<T> parsed(String text, Function<String, T> parse) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text.strip()));
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

    private String customerName() {
        return customers.stream().filter(c -> c.id().value() == (customerId == null ? -1 : customerId))
                .map(CustomerSummary::name).findFirst().orElse("");
    }

    public CaseView getView() {
        return view;
    }

    public String getSearch() {
        return search;
    }
}
