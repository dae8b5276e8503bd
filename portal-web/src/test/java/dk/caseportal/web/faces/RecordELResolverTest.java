package dk.caseportal.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Customer(String name, String customerNumber) {
    }

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void readsRecordComponentsAsProperties() {
        Object name = resolver.getValue(context, new Customer("BPO Account", "10001"), "name");

        assertThat(name).isEqualTo("BPO Account");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesToTheNextResolver() {
        assertThat(resolver.getValue(context, "not a record", "name")).isNull();
        assertThat(resolver.getValue(context, new Customer("A", "1"), "nonsense")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        Customer customer = new Customer("A", "1");
        assertThat(resolver.isReadOnly(context, customer, "name")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context, customer, "name", "B"))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}
