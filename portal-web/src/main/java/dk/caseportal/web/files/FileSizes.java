package dk.caseportal.web.files;

import dk.caseportal.attachments.api.AttachmentLimits;
import dk.caseportal.attachments.api.Attachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;
import org.omnifaces.util.Faces;

/** Sizes as people read them ("2,4 MB" in Danish, "2.4 MB" in English), and the upload limits. */
@Named
@ApplicationScoped
public class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    @Inject
    Attachments attachments;

    public String of(long bytes) {
        return format(bytes, Faces.getLocale());
    }

    static String format(long bytes, Locale locale) {
        if (bytes < KB) {
            return bytes + " B";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return bytes < MB ? number.format(bytes / (double) KB) + " KB" : number.format(bytes / (double) MB) + " MB";
    }

    /** What kind of file, as people name it: the extension ("PDF", "DOCX"). */
    public String kind(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    public AttachmentLimits getLimits() {
        return attachments.limits();
    }

    public String getMaxFile() {
        return of(getLimits().maxFileBytes());
    }

    public String getMaxCase() {
        return of(getLimits().maxCaseBytes());
    }

    /** For the browser's own checks before an upload starts; the server checks again. */
    public String getExtensions() {
        return String.join(",", getLimits().extensions());
    }

    /** For people: "pdf, docx, png …". */
    public String getExtensionList() {
        return String.join(", ", getLimits().extensions());
    }
}
