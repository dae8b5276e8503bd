package dk.caseportal.web.cases;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * Writes a case's facts ({@code <cp:caseFactList value="#{caseTabs.information}" listId="caseInformation"/>})
 * as {@code <dl class="portal-facts">}: a label and a value per {@link CaseFact}, prepared as the
 * page loads the case. One component instead of an expression per label and per value: the case page is
 * loaded more than any other, and each expression cost a share of its time. Text is escaped by the
 * response writer.
 */
@FacesComponent(value = CaseFactList.TYPE, createTag = true, namespace = CaseList.NAMESPACE, tagName = "caseFactList")
public class CaseFactList extends WrittenComponent {

    static final String TYPE = "dk.caseportal.CaseFactList";

    @Override
    @SuppressWarnings("unchecked")
    public void encodeEnd(FacesContext context) throws IOException {
        List<CaseFact> facts = (List<CaseFact>) getAttributes().get("value");
        Object listId = getAttributes().get("listId");
        ResponseWriter w = context.getResponseWriter();
        w.startElement("dl", this);
        if (listId != null) {
            w.writeAttribute("id", listId, null);
        }
        w.writeAttribute("class", "portal-facts", null);
        for (CaseFact fact : facts == null ? List.<CaseFact>of() : facts) {
            w.startElement("dt", this);
            w.writeText(fact.label(), null);
            w.endElement("dt");
            w.startElement("dd", this);
            if (fact.id() != null) {
                w.writeAttribute("id", fact.id(), null);
            }
            if (fact.html()) {
                w.writeAttribute("class", "case-description", null);
                w.write(fact.value());
            } else {
                w.writeText(fact.value() == null ? "" : fact.value(), null);
            }
            w.endElement("dd");
        }
        w.endElement("dl");
    }
}
