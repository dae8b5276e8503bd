package dk.caseportal.web.files;

import dk.caseportal.attachments.api.Attachments;
import dk.caseportal.attachments.api.FileRefusedException;
import dk.caseportal.attachments.api.FileSummary;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.web.i18n.BundleMessages;
import dk.caseportal.web.session.CurrentUser;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An image pasted, dropped or picked while writing a post: stored as a file of the case through
 * the attachments module (raster images only, the case's limits, the virus scanner) and answered
 * with the address the post shows it at, {@code /files/{id}/inline}. A refusal is answered with
 * the reason in the user's language; the text written so far stays in the editor.
 */
@WebServlet("/post-images")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class PostImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PostImageServlet.class.getName());

    @Inject
    transient Attachments attachments;

    @Inject
    transient FileSizes sizes;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Locale locale = currentUser.getLocale();
        Optional<CaseNumber> number = CaseNumber.parse(request.getParameter("case"));
        Part part = request.getPart("image");
        if (number.isEmpty() || part == null) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, error(BundleMessages.format("files.failed", locale,
                    "")));
            return;
        }
        String name = Optional.ofNullable(part.getSubmittedFileName()).filter(n -> !n.isBlank()).orElse("image.png");
        try (InputStream content = part.getInputStream()) {
            FileSummary stored = attachments.addImage(number.get().value(), name, content);
            answer(response, HttpServletResponse.SC_OK, Json.createObjectBuilder()
                    .add("url", request.getContextPath() + "/files/" + stored.id() + "/inline")
                    .add("name", stored.fileName())
                    .build());
        } catch (FileRefusedException e) {
            LOG.fine(() -> "Refused image for case " + number.get() + ": " + e.getMessage());
            answer(response, 422, error(FileMessages.refusedText(e, sizes, locale)));
        } catch (NoSuchElementException e) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, error(BundleMessages.format("files.caseGone", locale)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Storing the image " + name + " for case " + number.get() + " failed", e);
            answer(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    error(BundleMessages.format("files.failed", locale, name)));
        } finally {
            part.delete();
        }
    }

    private static JsonObject error(String message) {
        return Json.createObjectBuilder().add("error", message).build();
    }

    private static void answer(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
