package dk.caseportal.web.files;

import dk.caseportal.attachments.api.FileRefusedException;
import org.omnifaces.util.Messages;

/** Tells the user, in their language, why a file was not taken; the form keeps everything else. */
final class FileMessages {

    private FileMessages() {
    }

    static void refused(String clientId, FileRefusedException refused, FileSizes sizes) {
        String limit = switch (refused.reason()) {
            case TOO_LARGE -> sizes.getMaxFile();
            case CASE_FULL -> sizes.getMaxCase();
            default -> "";
        };
        Messages.addError(clientId, "files.refused." + refused.reason(), refused.fileName(), limit);
    }

    static void failed(String clientId, String fileName) {
        Messages.addError(clientId, "files.failed", fileName);
    }
}
