package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseQuery;
import dk.caseportal.cases.api.CaseRow;
import dk.caseportal.cases.api.CaseView;
import dk.caseportal.cases.api.Cases;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.web.faces.LazyTables;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** "Mine sager", one page at a time from the database, for the customer, view and search chosen on the page. */
public class LazyCaseModel extends LazyDataModel<CaseRow> {

    private static final long serialVersionUID = 1L;

    private final transient Cases cases;
    private final transient Supplier<Selection> selection;

    /** What the page has chosen above the table. */
    record Selection(CustomerId customer, CaseView view, String text) {
    }

    LazyCaseModel(Cases cases, Supplier<Selection> selection) {
        this.cases = cases;
        this.selection = selection;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(cases.count(query(0, 1, Map.of())));
    }

    @Override
    public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return cases.find(query(first, pageSize, sortBy));
    }

    @Override
    public String getRowKey(CaseRow row) {
        return row.number().toString();
    }

    private CaseQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        Selection chosen = selection.get();
        String sortField = LazyTables.sortField(sortBy);
        return new CaseQuery(chosen.customer(), chosen.view(), chosen.text(), first, pageSize, sortField,
                LazyTables.ascending(sortBy, true));
    }
}
