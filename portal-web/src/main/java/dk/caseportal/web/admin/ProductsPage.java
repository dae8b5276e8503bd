package dk.caseportal.web.admin;

import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.ProductAdministration;
import dk.caseportal.identity.api.ProductDetails;
import dk.caseportal.identity.api.ProductId;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/** Backs the administrators' product list: create, rename, retire and reinstate products. */
@Named
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String NAME_FIELD = "productForm:name";

    @Inject
    transient ProductAdministration products;

    private LazyProductModel list;
    private ProductId editedId;
    private long editedVersion;
    private String name;

    @PostConstruct
    void init() {
        list = new LazyProductModel(products);
    }

    public void newProduct() {
        editedId = null;
        name = null;
    }

    public void edit(ProductDetails product) {
        editedId = product.id();
        editedVersion = product.version();
        name = product.name();
    }

    /** Keeps the dialog open with what was typed when the name is taken or the product changed meanwhile. */
    public void save() {
        try {
            if (editedId == null) {
                products.create(name);
                Messages.addGlobalInfo("products.created", name.strip());
            } else {
                products.rename(editedId, name, editedVersion);
                Messages.addGlobalInfo("products.renamed", name.strip());
            }
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (NameAlreadyInUseException e) {
            Messages.addError(NAME_FIELD, "products.nameInUse");
        } catch (ConcurrentChangeException e) {
            Messages.addError(NAME_FIELD, "products.changedMeanwhile");
        }
    }

    public void retire(ProductDetails product) {
        try {
            products.retire(product.id(), product.version());
            Messages.addGlobalInfo("products.retired", product.name());
        } catch (ConcurrentChangeException e) {
            Messages.addGlobalWarn("products.changedMeanwhile");
        }
    }

    public void reinstate(ProductDetails product) {
        try {
            products.reinstate(product.id(), product.version());
            Messages.addGlobalInfo("products.reinstated", product.name());
        } catch (ConcurrentChangeException e) {
            Messages.addGlobalWarn("products.changedMeanwhile");
        }
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public LazyProductModel getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
