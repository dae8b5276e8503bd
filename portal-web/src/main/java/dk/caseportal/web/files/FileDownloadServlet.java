package dk.caseportal.web.files;

import dk.caseportal.attachments.api.AttachmentId;
import dk.caseportal.attachments.api.Attachments;
import dk.caseportal.attachments.api.FileDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The only way to a case's files: {@code /files/{id}} downloads, {@code /files/{id}/inline} shows a
 * raster image in the page (posts' images). Access is checked on every request by the attachments
 * module, through the case access policy; a file that does not exist, belongs to a case the caller
 * may not see, is removed or is waiting for the virus scanner answers 404 alike. Every file is
 * served so that a browser will not run it: the detected type, no sniffing, a sandbox.
 */
@WebServlet("/files/*")
public class FileDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FileDownloadServlet.class.getName());
    private static final String INLINE = "/inline";

    @Inject
    transient Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        boolean inlineAsked = path.endsWith(INLINE);
        String id = path.substring(1, inlineAsked ? path.length() - INLINE.length() : path.length());
        Optional<FileDownload> found = AttachmentId.parse(id).flatMap(attachments::open);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload file = found.get();
        boolean inline = inlineAsked && file.rasterImage();
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'");
        // Revalidated every time, so access taken away takes effect at once.
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader("Content-Disposition", ContentDisposition.of(inline, file.fileName()));
        try (InputStream content = file.open(); OutputStream out = response.getOutputStream()) {
            content.transferTo(out);
        } catch (IOException e) {
            // Mostly the browser went away mid-download; nothing to tell anyone.
            LOG.log(Level.FINE, "Download of file " + id + " ended early", e);
        }
    }
}
