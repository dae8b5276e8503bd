package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.FileRefusedException;
import dk.caseportal.attachments.api.FileRefusedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Which files customers may attach to a case, and whether a file's content is what its name says.
 *
 * <p>The extension decides whether a kind is allowed at all (an allowlist, so anything unknown is
 * refused). The content, detected by Tika's magic bytes only, must then agree with the extension,
 * so that an executable, a script or an HTML page cannot come in under an innocent name. The type
 * the file is later served with comes from here, never from what the browser sent.
 *
 * <p>Only tika-core is on the class path: it knows containers by their magic (OLE2, zip, and
 * OOXML when {@code [Content_Types].xml} is the first zip entry) but not what is inside them, so a
 * .doc/.xls/.msg is accepted as any OLE2 file and a .docx/.odt as any zip. That is the price of
 * not running parsers on untrusted files; the virus scanner looks inside.
 *
 * <p>Thread-safe: immutable after construction, and Tika's {@link MimeTypes} detects concurrently.
 */
public final class FileTypes {

    private static final Set<String> ALLOWED = Set.of(
            // documents
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf",
            "txt", "md", "csv", "tsv", "json", "xml", "log",
            // images
            "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff",
            // archives
            "zip", "7z", "gz", "tgz", "tar",
            // mail
            "eml", "msg");

    /**
     * Extensions whose content is ordinary text: magic finds nothing more specific in a CSV, a log
     * or JSON than text/plain, so text/plain is enough. Something more specific (a shell script,
     * HTML, SVG) is refused even though Tika's registry files those under text/plain too.
     */
    private static final Set<String> TEXT_LIKE =
            Set.of("txt", "md", "csv", "tsv", "json", "xml", "log", "eml");

    /** The only kinds shown inline; every browser renders them and none of them can run script. */
    private static final Set<MediaType> RASTER_INLINE = Set.of(
            MediaType.image("png"), MediaType.image("jpeg"), MediaType.image("gif"),
            MediaType.image("webp"));

    private final MimeTypes mimeTypes;
    private final MediaTypeRegistry registry;
    /** Extension to the type Tika gives a file of that name; worked out once, names never change. */
    private final Map<String, MediaType> typeByExtension;
    private final SortedSet<String> allowedExtensions =
            Collections.unmodifiableSortedSet(new TreeSet<>(ALLOWED));

    public FileTypes() {
        mimeTypes = MimeTypes.getDefaultMimeTypes();
        registry = mimeTypes.getMediaTypeRegistry();
        Map<String, MediaType> types = new HashMap<>();
        for (String extension : ALLOWED) {
            MediaType type = typeOfName("file." + extension);
            // Fail at start-up rather than accept everything under octet-stream after a Tika upgrade.
            if (type.equals(MediaType.OCTET_STREAM)) {
                throw new IllegalStateException("Tika knows no type for ." + extension);
            }
            types.put(extension, type.getBaseType());
        }
        typeByExtension = Map.copyOf(types);
    }

    /** By name only: Tika reads nothing when there is no stream. */
    private MediaType typeOfName(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return mimeTypes.detect(null, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen without a stream
        }
    }

    /**
     * Checks a file: the extension (case-insensitive, after the last dot) must be on the
     * allowlist, and the content as detected by its magic bytes (not by its name) must agree with
     * the extension.
     *
     * @param content supports mark/reset (wrap it in a BufferedInputStream); it is left reset to
     *     where it was, normally the start
     * @return the content type to serve the file with, e.g. "application/pdf" or "text/csv"
     * @throws FileRefusedException TYPE_NOT_ALLOWED when the extension is missing or not allowed,
     *     EMPTY when there is no content, CONTENT_MISMATCH when the content is of another kind
     */
    public String check(String fileName, InputStream content) throws IOException {
        String extension = extensionOf(fileName);
        if (extension == null || !ALLOWED.contains(extension)) {
            throw new FileRefusedException(Reason.TYPE_NOT_ALLOWED, fileName,
                    extension == null ? "no extension" : "." + extension + " is not allowed");
        }
        byte[] head = peek(content);
        if (head.length == 0) {
            throw new FileRefusedException(Reason.EMPTY, fileName, null);
        }
        MediaType byName = typeByExtension.get(extension);
        // No resource name in the metadata, so only the magic bytes count.
        MediaType byContent = mimeTypes.detect(new ByteArrayInputStream(head), new Metadata());
        if (!agree(extension, byName, byContent, head)) {
            throw new FileRefusedException(Reason.CONTENT_MISMATCH, fileName,
                    "content is " + byContent + ", ." + extension + " means " + byName);
        }
        // The name's type: usually the more specific one, what the customer expects, and never
        // one of Tika's internal families such as application/x-tika-ooxml.
        return byName.toString();
    }

    private boolean agree(String extension, MediaType byName, MediaType byContent, byte[] head) {
        if (byContent.getBaseType().equals(byName)) {
            return true;
        }
        if (TEXT_LIKE.contains(extension)) {
            // Plain text, or 8-bit text (e.g. a Windows-1252 CSV from Excel) that Tika gives up on.
            return byContent.equals(MediaType.TEXT_PLAIN)
                    || byContent.equals(MediaType.OCTET_STREAM) && looksLikeText(head);
        }
        // Every type is a specialization of octet-stream, so that proves nothing. And a
        // text-based kind that is not plain text (rtf) needs its own magic: its relatives under
        // text/plain are scripts, HTML and SVG.
        if (byContent.equals(MediaType.OCTET_STREAM)
                || registry.isInstanceOf(byName, MediaType.TEXT_PLAIN)) {
            return false;
        }
        // Binary kinds within one family: magic sees a zip where the name says docx, an OLE2
        // file where it says msg; or the content is the more specific one, e.g. a docx named
        // .zip or a GNU tar named .tar.
        return registry.isSpecializationOf(byName, byContent)
                || registry.isSpecializationOf(byContent, byName);
    }

    /** No control characters but tab, line feed, form feed and carriage return. */
    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            boolean control = (b & 0xFF) < 0x20 || b == 0x7F;
            if (control && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Reads as much as Tika's magic looks at, and puts the stream back. */
    private byte[] peek(InputStream content) throws IOException {
        if (!content.markSupported()) {
            throw new IllegalArgumentException("content must support mark/reset");
        }
        int length = mimeTypes.getMinLength();
        content.mark(length);
        try {
            return content.readNBytes(length);
        } finally {
            content.reset();
        }
    }

    /** Lower-case text after the last dot of the name without any path, or null if none. */
    static String extensionOf(String fileName) {
        if (fileName == null) {
            return null;
        }
        // Old browsers send the whole client path; a dot in a folder name is no extension.
        String name = fileName.substring(
                Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return null;
        }
        // ROOT, so that "TIFF" does not become "tıff" (dotless i) on a Turkish server.
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** True only for png, jpeg, gif and webp: the only types the portal ever shows inline. */
    public static boolean isRasterImage(String contentType) {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        return type != null && RASTER_INLINE.contains(type.getBaseType());
    }

    /** The allowed extensions, sorted, for showing on the upload form. */
    public SortedSet<String> allowedExtensions() {
        return allowedExtensions;
    }
}
