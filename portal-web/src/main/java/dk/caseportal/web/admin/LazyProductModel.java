package dk.caseportal.web.admin;

import dk.caseportal.identity.api.ProductAdministration;
import dk.caseportal.identity.api.ProductDetails;
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
        return Math.toIntExact(products.count(text(filterBy)));
    }

    @Override
    public List<ProductDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        return products.find(text(filterBy), first, pageSize);
    }

    private static String text(Map<String, FilterMeta> filterBy) {
        return FilterValues.text(filterBy, "name");
    }
}
