package dk.caseportal.cases.internal;

import dk.caseportal.attachments.api.Attachments;
import dk.caseportal.attachments.api.FileRefusedException;
import dk.caseportal.cases.api.CaseAttachments;
import dk.caseportal.cases.api.CaseFileRefusedException;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.AccessRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.NoSuchElementException;

/** {@link CaseAttachments}: the attachments module's {@code add}, its refusals in the case module's words. */
@ApplicationScoped
public class CaseAttachmentService implements CaseAttachments {

    @Inject
    Attachments attachments;

    @Override
    public void attach(CaseNumber number, String fileName, InputStream content) {
        try {
            attachments.add(number.value(), fileName, content);
        } catch (FileRefusedException e) {
            throw new CaseFileRefusedException(e.fileName(), e.reason().name(), e);
        } catch (NoSuchElementException e) {
            throw new AccessRefusedException("adding a file to case " + number);
        }
    }
}
