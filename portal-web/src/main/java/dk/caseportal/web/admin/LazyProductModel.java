package dk.caseportal.web.admin;

import dk.caseportal.identity.api.ProductAdministration;
import dk.caseportal.identity.api.ProductDetails;
import dk.caseportal.web.faces.LazyTables;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Products by name, one page at a time from the database. */
public class LazyProductModel extends LazyDataModel<ProductDetails> {

    private static final long serialVersionUID = 1L;

    private final transient ProductAdministration products;

    LazyProductModel(ProductAdministration products) {
        this.products = products;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(products.count(LazyTables.text(filterBy, "name")));
    }

    @Override
    public List<ProductDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        return products.find(LazyTables.text(filterBy, "name"), first, pageSize, LazyTables.sortField(sortBy),
                LazyTables.ascending(sortBy, true));
    }
}
