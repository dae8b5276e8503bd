package dk.caseportal.web.admin;

import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.CustomerAdministration;
import dk.caseportal.identity.api.CustomerDetails;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerNumberInUseException;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.ProductAdministration;
import dk.caseportal.identity.api.ProductDetails;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * Backs the administrators' customer list: create, edit, deactivate and reactivate customers, and
 * choose the products each has licensed.
 */
@Named
@ViewScoped
public class CustomersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PRODUCTS = 500;

    @Inject
    transient CustomerAdministration customers;

    @Inject
    transient ProductAdministration products;

    private LazyCustomerModel list;

    private CustomerId editedId;
    private long editedVersion;
    private String editedName;
    private String name;
    private String customerNumber;
    private List<Long> licensed = new ArrayList<>();
    private List<ProductDetails> productChoices = List.of();

    @PostConstruct
    void init() {
        list = new LazyCustomerModel(customers);
    }

    public void newCustomer() {
        editedId = null;
        name = null;
        customerNumber = null;
    }

    public void edit(CustomerDetails customer) {
        remember(customer);
        name = customer.name();
        customerNumber = customer.customerNumber();
    }

    /** Keeps the dialog open with what was typed when a value is taken or the customer changed meanwhile. */
    public void save() {
        try {
            if (editedId == null) {
                customers.create(name, customerNumber);
                Messages.addGlobalInfo("customers.created", name.strip());
            } else {
                customers.update(editedId, name, customerNumber, editedVersion);
                Messages.addGlobalInfo("customers.saved", name.strip());
            }
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (NameAlreadyInUseException e) {
            Messages.addError("customerForm:name", "customers.nameInUse");
        } catch (CustomerNumberInUseException e) {
            Messages.addError("customerForm:number", "customers.numberInUse");
        } catch (ConcurrentChangeException e) {
            Messages.addError("customerForm:name", "customers.changedMeanwhile");
        }
    }

    /** Offers every active product, and any retired one the customer still has. */
    public void editProducts(CustomerDetails customer) {
        remember(customer);
        licensed = customer.licensedProducts().stream().map(p -> p.id().value())
                .collect(Collectors.toCollection(ArrayList::new));
        productChoices = products.find(null, 0, MAX_PRODUCTS, "name", true).stream()
                .filter(p -> p.active() || licensed.contains(p.id().value()))
                .toList();
    }

    public void saveProducts() {
        try {
            customers.changeLicensedProducts(editedId,
                    licensed.stream().map(ProductId::new).collect(Collectors.toSet()), editedVersion);
            Messages.addGlobalInfo("customers.productsSaved", editedName);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (ConcurrentChangeException e) {
            Messages.addError("productsForm:licensed", "customers.changedMeanwhile");
        }
    }

    public void deactivate(CustomerDetails customer) {
        try {
            customers.deactivate(customer.id(), customer.version());
            Messages.addGlobalInfo("customers.deactivated", customer.name());
        } catch (ConcurrentChangeException e) {
            Messages.addGlobalWarn("customers.changedMeanwhile");
        }
    }

    public void reactivate(CustomerDetails customer) {
        try {
            customers.reactivate(customer.id(), customer.version());
            Messages.addGlobalInfo("customers.reactivated", customer.name());
        } catch (ConcurrentChangeException e) {
            Messages.addGlobalWarn("customers.changedMeanwhile");
        }
    }

    private void remember(CustomerDetails customer) {
        editedId = customer.id();
        editedVersion = customer.version();
        editedName = customer.name();
    }

    public String productNames(CustomerDetails customer) {
        return customer.licensedProducts().stream().map(ProductSummary::name).collect(Collectors.joining(", "));
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public LazyCustomerModel getList() {
        return list;
    }

    public String getEditedName() {
        return editedName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public List<Long> getLicensed() {
        return licensed;
    }

    public void setLicensed(List<Long> licensed) {
        this.licensed = licensed;
    }

    public List<ProductDetails> getProductChoices() {
        return productChoices;
    }
}
