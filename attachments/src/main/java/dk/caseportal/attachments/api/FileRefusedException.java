package dk.caseportal.attachments.api;

/** A file the portal does not take, and why; nothing of it is stored. */
public class FileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused; each has a translated message in the web module. */
    public enum Reason {
        /** The file has no content. */
        EMPTY,
        /** Larger than the limit per file. */
        TOO_LARGE,
        /** Would take the case's files over the limit per case. */
        CASE_FULL,
        /** The extension is not on the allowlist (executables, scripts, unknown kinds). */
        TYPE_NOT_ALLOWED,
        /** The content is of another kind than the extension says. */
        CONTENT_MISMATCH,
        /** Only raster images (png, jpeg, gif, webp) may be shown in a post. */
        NOT_AN_IMAGE
    }

    private final Reason reason;
    private final String fileName;

    public FileRefusedException(Reason reason, String fileName, String detail) {
        super(reason + " " + fileName + (detail == null ? "" : ": " + detail));
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}
