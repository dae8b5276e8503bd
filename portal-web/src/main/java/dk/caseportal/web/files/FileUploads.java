package dk.caseportal.web.files;

import dk.caseportal.attachments.api.FileRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Hands one uploaded file (PrimeFaces streams it from the request's temporary file) to the
 * attachments module, and turns a refusal into a message beside the upload.
 */
@ApplicationScoped
public class FileUploads {

    private static final Logger LOG = Logger.getLogger(FileUploads.class.getName());

    @Inject
    FileSizes sizes;

    /** What to do with the content; the attachments module checks and stores it. */
    @FunctionalInterface
    public interface Store {
        void accept(InputStream content);
    }

    /** Returns whether the file was stored. */
    public boolean store(FileUploadEvent event, Store store) {
        UploadedFile file = event.getFile();
        String clientId = event.getComponent().getClientId();
        try (InputStream content = file.getInputStream()) {
            store.accept(content);
            Messages.addInfo(clientId, "files.uploaded", file.getFileName());
            return true;
        } catch (FileRefusedException e) {
            LOG.fine(() -> "Refused upload: " + e.getMessage());
            FileMessages.refused(clientId, e, sizes);
        } catch (NoSuchElementException e) {
            Messages.addError(clientId, "files.caseGone");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Storing the upload " + file.getFileName() + " failed", e);
            FileMessages.failed(clientId, file.getFileName());
        } finally {
            try {
                file.delete();
            } catch (IOException e) {
                LOG.log(Level.FINE, "The upload's temporary file was not deleted", e);
            }
        }
        return false;
    }
}
