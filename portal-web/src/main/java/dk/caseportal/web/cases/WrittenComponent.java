package dk.caseportal.web.cases;

import jakarta.faces.component.UIComponentBase;

/**
 * A component that writes its markup itself from values a bean prepared (the case list, the feed,
 * the case's facts): no renderer and no children of its own.
 */
abstract class WrittenComponent extends UIComponentBase {

    static final String FAMILY = "dk.caseportal.Written";

    @Override
    public String getFamily() {
        return FAMILY;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }
}
