package dk.caseportal.web.files;

import dk.caseportal.attachments.api.AttachmentId;
import dk.caseportal.attachments.api.Attachments;
import dk.caseportal.attachments.api.FileSummary;
import dk.caseportal.attachments.api.ScanState;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.web.cases.CaseTabs;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The case page's files ("Relaterede"): the list, uploading more, removing. Every action asks the
 * attachments module, which checks the caller's access to the case again.
 */
@Named
@ViewScoped
public class CaseFilesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Attachments attachments;

    @Inject
    transient FileUploads uploads;

    @Inject
    CaseTabs tabs;

    private CaseNumber caseNumber;
    private List<FileSummary> files = List.of();
    /** Read when "Relaterede" is first rendered, not with every page. */
    private boolean loaded;
    /** Files uploaded on this page whose scan the uploader has not yet been told about. */
    private final Set<AttachmentId> uploadedHere = new HashSet<>();

    /** Made when "Relaterede" is built: the case the page loaded (one the caller may see). */
    @PostConstruct
    void init() {
        caseNumber = tabs.getCaseNumber();
    }

    public void refresh() {
        loaded = true;
        files = caseNumber == null ? List.of() : attachments.ofCase(caseNumber.value());
        // The scanner's verdict comes after the upload: tell the uploader once it finds a virus.
        for (FileSummary file : files) {
            if (file.scanState() == ScanState.INFECTED && uploadedHere.remove(file.id())) {
                Messages.addGlobalWarn("files.quarantined", file.fileName());
            }
        }
    }

    public void upload(FileUploadEvent event) {
        if (caseNumber != null) {
            uploads.store(event, content -> uploadedHere.add(
                    attachments.add(caseNumber.value(), event.getFile().getFileName(), content).id()));
            refresh();
        }
    }

    public void remove(FileSummary file) {
        try {
            attachments.remove(file.id());
            Messages.addGlobalInfo("files.removed", file.fileName());
        } catch (NoSuchElementException | SecurityException e) {
            Messages.addGlobalError("files.notRemoved", file.fileName());
        }
        refresh();
    }

    /** Whether the page shows a case (the caller may see) at all. */
    public boolean isShown() {
        return caseNumber != null;
    }

    public List<FileSummary> getFiles() {
        if (!loaded) {
            refresh();
        }
        return files;
    }

    /** While a file waits for the virus scanner, the list asks again every few seconds. */
    public boolean isWaitingForScanner() {
        return getFiles().stream().anyMatch(f -> !f.removed() && f.scanState() == ScanState.PENDING);
    }
}
