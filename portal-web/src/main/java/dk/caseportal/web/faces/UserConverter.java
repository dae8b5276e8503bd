package dk.caseportal.web.faces;

import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.omnifaces.util.Beans;

/**
 * A user in a form field (an autocomplete's choice) travels as their id. The directory is looked
 * up rather than injected: converters are created by Faces, and with annotated bean discovery a
 * "managed" converter is not a CDI bean.
 */
@FacesConverter("userConverter")
public class UserConverter implements Converter<UserSummary> {

    @Override
    public UserSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Beans.getReference(IdentityDirectory.class).findUser(new UserId(Long.parseLong(value.strip()))).orElseThrow(
                    () -> new ConverterException("No such user: " + value));
        } catch (NumberFormatException e) {
            throw new ConverterException("Not a user id: " + value, e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UserSummary user) {
        return user == null ? "" : String.valueOf(user.id().value());
    }
}
