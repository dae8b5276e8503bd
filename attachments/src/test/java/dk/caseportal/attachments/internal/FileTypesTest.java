package dk.caseportal.attachments.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.attachments.api.FileRefusedException;
import dk.caseportal.attachments.api.FileRefusedException.Reason;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** All content is made in memory; what tika-core detects is noted where it is not obvious. */
class FileTypesTest {

    private static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PPTX =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(US_ASCII);
    private static final byte[] SHELL_SCRIPT = "#!/bin/sh\nrm -rf /\n".getBytes(US_ASCII);
    private static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(US_ASCII);
    private static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
            + " height=\"10\"><script>alert(1)</script></svg>").getBytes(US_ASCII);

    private final FileTypes fileTypes = new FileTypes();

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("report.pdf", PDF, "application/pdf"),
                Arguments.of("REPORT.PDF", PDF, "application/pdf"),
                Arguments.of("C:\\Users\\anne\\my.docs\\report.pdf", PDF, "application/pdf"),
                Arguments.of("photo.png", image("png"), "image/png"),
                Arguments.of("photo.jpg", image("jpg"), "image/jpeg"),
                Arguments.of("photo.JPEG", image("jpg"), "image/jpeg"),
                Arguments.of("anim.gif", image("gif"), "image/gif"),
                Arguments.of("scan.bmp", image("bmp"), "image/bmp"),
                Arguments.of("scan.tif", image("tiff"), "image/tiff"),
                Arguments.of("scan.tiff", image("tiff"), "image/tiff"),
                Arguments.of("photo.webp", webp(), "image/webp"),
                // tika-core sees application/x-tika-ooxml (needs [Content_Types].xml first) ...
                Arguments.of("letter.docx", ooxml("word/document.xml"), DOCX),
                Arguments.of("sheet.xlsx", ooxml("xl/workbook.xml"), XLSX),
                Arguments.of("slides.pptx", ooxml("ppt/presentation.xml"), PPTX),
                // ... or only application/zip when it is not; docx is a zip either way.
                Arguments.of("letter.docx", zip("word/document.xml", "[Content_Types].xml"), DOCX),
                Arguments.of("letter.odt", zip("content.xml"), "application/vnd.oasis.opendocument.text"),
                // tika-core sees application/x-tika-msoffice for any OLE2 file.
                Arguments.of("letter.doc", ole2(), "application/msword"),
                Arguments.of("sheet.xls", ole2(), "application/vnd.ms-excel"),
                Arguments.of("slides.ppt", ole2(), "application/vnd.ms-powerpoint"),
                Arguments.of("mail.msg", ole2(), "application/vnd.ms-outlook"),
                Arguments.of("files.zip", zip("a.txt", "b.txt"), "application/zip"),
                // A docx named .zip: the content is the more specific kind; it is still a zip.
                Arguments.of("files.zip", ooxml("word/document.xml"), "application/zip"),
                Arguments.of("logs.gz", gzip(), "application/gzip"),
                Arguments.of("logs.tgz", gzip(), "application/gzip"),
                Arguments.of("backup.tar", tar("ustar\0" + "00"), "application/x-tar"),
                // GNU tar's header is detected as application/x-gtar, a kind of x-tar.
                Arguments.of("backup.tar", tar("ustar  \0"), "application/x-tar"),
                Arguments.of("archive.7z", sevenZip(), "application/x-7z-compressed"),
                Arguments.of("notes.txt", text("Just some notes.\n"), "text/plain"),
                Arguments.of("noter.txt", text("Hej Søren, blåbærgrød og æbler på Ærø.\n"), "text/plain"),
                Arguments.of("README.md", text("# Title\n\nSome *text* and <b>bold</b>.\n"), "text/markdown"),
                Arguments.of("data.csv", text("name,city\nAnne,Århus\nBo,Ødense\n"), "text/csv"),
                // Excel in Denmark writes Windows-1252; Tika calls that octet-stream.
                Arguments.of("data.csv", text("navn;by\nÆble;Århus\nØl;Ærøskøbing\n", "windows-1252"), "text/csv"),
                Arguments.of("data.tsv", text("name\tcity\nAnne\tAarhus\n"), "text/tab-separated-values"),
                Arguments.of("app.log", text("2024-01-01 12:00:00 INFO started\r\n"), "text/x-log"),
                Arguments.of("data.json", text("{\"a\": 1, \"b\": [true, null]}"), "application/json"),
                Arguments.of("data.xml", text("<?xml version=\"1.0\"?>\n<Invoice><ID>1</ID></Invoice>"), "application/xml"),
                Arguments.of("data.xml", text("<Invoice><ID>1</ID></Invoice>"), "application/xml"),
                // tika-core knows mail headers (message/rfc822); plain text is fine for .eml too.
                Arguments.of("mail.eml", text("From: a@b\nTo: c@d\nSubject: x\n\nbody\n"), "message/rfc822"),
                Arguments.of("mail.eml", text("Hello, this is the body only.\n"), "message/rfc822"),
                Arguments.of("letter.rtf", text("{\\rtf1\\ansi Hello}"), "application/rtf"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("accepted")
    void acceptsContentThatAgreesWithTheExtension(String fileName, byte[] content, String type)
            throws IOException {
        assertThat(fileTypes.check(fileName, stream(content))).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.exe", "library.dll", "setup.msi", "run.bat", "run.cmd",
            "script.sh", "script.ps1", "app.js", "macro.vbs", "app.jar", "page.html", "page.htm",
            "image.svg", "index.php", "report.pdf.exe", "noextension", "report.", ".hidden.",
            "C:\\my.docs\\readme"})
    void refusesExtensionsNotOnTheAllowlist(String fileName) {
        assertRefused(fileName, PDF, Reason.TYPE_NOT_ALLOWED);
    }

    @Test
    void refusesAMissingName() {
        assertRefused(null, PDF, Reason.TYPE_NOT_ALLOWED);
    }

    static Stream<Arguments> mismatched() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] elf = Arrays.copyOf(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 64);
        byte[] mz = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4}, 128);
        return Stream.of(
                Arguments.of("report.pdf", mz),                         // application/x-msdownload
                Arguments.of("app.log", elf),                           // application/x-elf
                Arguments.of("notes.txt", SHELL_SCRIPT),                // application/x-sh
                Arguments.of("notes.txt", text("#!/usr/bin/perl\nprint 1;\n")), // text/x-perl
                Arguments.of("notes.txt", text("<?php system($_GET['c']); ?>")), // text/x-php
                Arguments.of("notes.txt", HTML),                        // text/html
                Arguments.of("README.md", text("<!DOCTYPE html>\n<html><body>x</body></html>")),
                Arguments.of("data.csv", HTML),
                Arguments.of("picture.png", SVG),                       // image/svg+xml
                Arguments.of("picture.xml", SVG),
                Arguments.of("page.xml", text("<?xml version=\"1.0\"?>\n"
                        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")),
                Arguments.of("photo.jpg", image("png")),
                Arguments.of("photo.png", image("jpg")),
                Arguments.of("report.pdf", zip("a.txt")),
                Arguments.of("report.pdf", random),                     // application/octet-stream
                Arguments.of("notes.txt", random),
                Arguments.of("report.pdf", text("Not a PDF at all.\n")),
                Arguments.of("letter.rtf", text("Plain text, no RTF.\n")),
                Arguments.of("letter.docx", ole2()),                    // x-tika-msoffice is no zip
                Arguments.of("letter.doc", ooxml("word/document.xml")),
                Arguments.of("backup.tar", gzip()),
                Arguments.of("archive.7z", zip("a.txt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mismatched")
    void refusesContentOfAnotherKind(String fileName, byte[] content) {
        assertRefused(fileName, content, Reason.CONTENT_MISMATCH);
    }

    @Test
    void refusesEmptyContent() {
        assertRefused("notes.txt", new byte[0], Reason.EMPTY);
    }

    @Test
    void leavesTheStreamAtTheStart() throws IOException {
        InputStream content = stream(PDF);
        fileTypes.check("report.pdf", content);
        assertThat(content.readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void leavesTheStreamAtTheStartWhenRefusing() throws IOException {
        InputStream content = stream(SHELL_SCRIPT);
        assertThatThrownBy(() -> fileTypes.check("notes.txt", content))
                .isInstanceOf(FileRefusedException.class);
        assertThat(content.readAllBytes()).isEqualTo(SHELL_SCRIPT);
    }

    @Test
    void leavesALargeStreamAtTheStartAfterReadingMoreThanMagicNeeds() throws IOException {
        byte[] csv = text("a,b\n1,2\n".repeat(50_000)); // 400 kB, more than Tika's 64 kB
        InputStream content = stream(csv);
        assertThat(fileTypes.check("big.csv", content)).isEqualTo("text/csv");
        assertThat(content.readAllBytes()).isEqualTo(csv);
    }

    @Test
    void insistsOnAStreamThatCanBeReset() {
        assertThatThrownBy(() -> fileTypes.check("report.pdf", new NoMark(PDF)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "image/jpeg", "image/gif", "image/webp", "IMAGE/PNG",
            "image/jpeg; charset=binary"})
    void showsOnlyRasterImagesInline(String contentType) {
        assertThat(FileTypes.isRasterImage(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/svg+xml", "text/html", "image/bmp", "image/tiff",
            "application/pdf", "text/plain", "image/png+xml", "", "not a type"})
    void showsNothingElseInline(String contentType) {
        assertThat(FileTypes.isRasterImage(contentType)).isFalse();
    }

    @Test
    void showsNullAsNotInline() {
        assertThat(FileTypes.isRasterImage(null)).isFalse();
    }

    @Test
    void listsTheAllowedExtensionsSorted() {
        assertThat(fileTypes.allowedExtensions())
                .startsWith("7z", "bmp", "csv", "doc", "docx")
                .contains("pdf", "png", "msg", "eml", "tgz")
                .doesNotContain("exe", "sh", "html", "svg", "js")
                .hasSize(33);
        assertThat(List.copyOf(fileTypes.allowedExtensions())).isSorted();
        assertThatThrownBy(() -> fileTypes.allowedExtensions().add("exe"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isSafeToShareBetweenThreads() {
        byte[] png = image("png");
        assertThat(Stream.generate(() -> png).limit(200).parallel()
                .map(bytes -> {
                    try {
                        return fileTypes.check("photo.png", stream(bytes));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .containsOnly("image/png");
    }

    private void assertRefused(String fileName, byte[] content, Reason reason) {
        assertThatThrownBy(() -> fileTypes.check(fileName, stream(content)))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.fileName()).isEqualTo(fileName);
                });
    }

    // --- content made in memory

    private static InputStream stream(byte[] bytes) {
        return new BufferedInputStream(new ByteArrayInputStream(bytes));
    }

    private static byte[] text(String text) {
        return text.getBytes(UTF_8);
    }

    private static byte[] text(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC8102E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The RIFF header of a lossy WebP; magic looks no further. */
    private static byte[] webp() {
        byte[] bytes = new byte[64];
        System.arraycopy("RIFF".getBytes(US_ASCII), 0, bytes, 0, 4);
        bytes[4] = 56; // size of the rest, little-endian
        System.arraycopy("WEBPVP8 ".getBytes(US_ASCII), 0, bytes, 8, 8);
        return bytes;
    }

    /** An OOXML package as magic knows it: [Content_Types].xml must be the first entry. */
    private static byte[] ooxml(String mainPart) {
        return zip("[Content_Types].xml", "_rels/.rels", mainPart);
    }

    private static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The OLE2 compound-file signature, padded to a header sector. */
    private static byte[] ole2() {
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        return Arrays.copyOf(signature, 1024);
    }

    private static byte[] gzip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text("2024-01-01 12:00:00 INFO started\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One tar header block for a.txt with the given magic at offset 257, and an end block. */
    private static byte[] tar(String magic) {
        byte[] bytes = new byte[1024];
        System.arraycopy(text("a.txt"), 0, bytes, 0, 5);
        System.arraycopy(magic.getBytes(US_ASCII), 0, bytes, 257, magic.length());
        return bytes;
    }

    private static byte[] sevenZip() {
        byte[] signature = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4};
        return Arrays.copyOf(signature, 64);
    }

    /** A stream that cannot be reset, as a servlet part's stream may be. */
    private static final class NoMark extends ByteArrayInputStream {
        NoMark(byte[] bytes) {
            super(bytes);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
