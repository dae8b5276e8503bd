package dk.caseportal.attachments.internal;

import java.text.Normalizer;

/**
 * Makes the name a browser sent fit to show: without a path, control characters or invisible
 * direction marks (which can make {@code invoice‮fdp.exe} read as {@code invoiceexe.pdf}), and at
 * most 255 characters with the extension kept. The name is display metadata only: content is
 * stored under generated ids.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    static String clean(String sent) {
        if (sent == null) {
            return "";
        }
        // Old browsers send the whole path ("C:\fakepath\report.pdf").
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
    }
}
