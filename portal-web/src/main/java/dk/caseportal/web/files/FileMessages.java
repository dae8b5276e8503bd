package dk.caseportal.web.files;

import dk.caseportal.attachments.api.FileRefusedException;
import dk.caseportal.web.i18n.BundleMessages;
import java.util.Locale;
import org.omnifaces.util.Messages;

/** Tells the user, in their language, why a file was not taken; the form keeps everything else. */
final class FileMessages {

    private FileMessages() {
    }

    static void refused(String clientId, FileRefusedException refused, FileSizes sizes) {
        Messages.addError(clientId, "files.refused." + refused.reason(), refused.fileName(), limit(refused, sizes));
    }

    /** The same message as text, for answers that are not pages (an image pasted into a post). */
    static String refusedText(FileRefusedException refused, FileSizes sizes, Locale locale) {
        return BundleMessages.format("files.refused." + refused.reason(), locale, refused.fileName(),
                limit(refused, sizes));
    }

    private static String limit(FileRefusedException refused, FileSizes sizes) {
        return switch (refused.reason()) {
            case TOO_LARGE -> sizes.getMaxFile();
            case CASE_FULL -> sizes.getMaxCase();
            default -> "";
        };
    }

    static void failed(String clientId, String fileName) {
        Messages.addError(clientId, "files.failed", fileName);
    }
}
