package dk.caseportal.web.it;

import static dk.caseportal.web.it.CustomerAccessIT.fill;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Files on cases, as the guide describes them: added while creating a case ("Tilføj filer") and
 * under "Relaterede" on the case page, downloaded by whoever may see the case and by nobody else,
 * checked for their kind, size and viruses, and removed without being erased.
 */
class FilesIT extends BrowserTest {

    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    /** The case page's files form, in the "Relaterede" tab. */
    private static final String CASE_FILES = "caseTabs:filesForm";
    private static final Pattern FILE_LINK = Pattern.compile("/files/([0-9a-f-]{36})");

    private static Path dir;
    private static Path payslip;
    private static Path screenshot;
    private static String caseNumber;

    @BeforeAll
    static void patrickCreatesACaseWithTwoFiles() throws IOException {
        dir = Files.createTempDirectory("files-it");
        payslip = write("Lønseddel marts.pdf", pdf(300_000));
        screenshot = write("skærmbillede.png", png());
        Path draft = write("udkast.txt", "Et udkast, som ikke skal med.\n".getBytes(StandardCharsets.UTF_8));
        Path program = write("setup.exe", new byte[] {'M', 'Z', 0, 0});
        Path disguised = write("faktura.pdf", exe());
        // Larger than the test portal's limit (120 MB) without taking the disk: a sparse file.
        Path huge = dir.resolve("stor.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(121L * 1024 * 1024);
        }

        startAsNewVisitor();
        browser.signIn("patrick.stjerne@bpo.example", PASSWORD);
        browser.open("/cases/new");
        fill(browser, "caseForm:title", "Lønsedler mangler feriepenge");
        fill(browser, "caseForm:description", "Se vedhæftede lønseddel og skærmbillede.");
        assertThat(browser.text(By.id("uploadLimits"))).contains("Højst 120 MB pr. fil og 250 MB pr. sag", "pdf", "xlsx");

        upload("caseForm", payslip, screenshot);
        browser.awaitText(By.id("caseForm:stagedFiles"), "skærmbillede.png");
        drop("caseForm", "noter.txt", "Noter fra mødet med lønchefen.");
        browser.awaitText(By.id("caseForm:stagedFiles"), "noter.txt");
        upload("caseForm", draft);
        browser.awaitText(By.id("caseForm:stagedFiles"), "udkast.txt");
        browser.find(By.cssSelector("[aria-label='Fjern udkast.txt']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !browser.text(By.id("caseForm:stagedFiles")).contains("udkast.txt"));

        upload("caseForm", program, huge);
        String problems = browser.awaitText(By.cssSelector("#caseForm .file-problems"), "stor.pdf");
        assertThat(problems).contains("Filen setup.exe blev ikke tilføjet: den filtype er ikke tilladt.",
                "Filen stor.pdf er større end 120 MB og blev ikke tilføjet.");
        upload("caseForm", disguised);
        browser.awaitText(By.id("caseForm:uploadMessages"),
                "Filen faktura.pdf blev ikke tilføjet: indholdet passer ikke til filtypen.");

        assertThat(browser.find(By.id("caseForm:title")).getAttribute("value")).as("the form keeps what was typed")
                .isEqualTo("Lønsedler mangler feriepenge");
        assertThat(browser.text(By.id("caseForm:stagedFiles"))).contains("Lønseddel marts.pdf", "skærmbillede.png",
                "noter.txt").doesNotContain("udkast.txt", "faktura.pdf", "setup.exe");

        browser.find(By.id("caseForm:save")).click();
        String form = browser.awaitText(By.id("caseForm"), "Vælg produktet.");
        assertThat(browser.text(By.id("caseForm:stagedFiles"))).as("a refused save keeps the uploaded files")
                .contains("Lønseddel marts.pdf", "skærmbillede.png");
        assertThat(form).isNotEmpty();
        browser.choose("caseForm:product", "Løn ABC");
        browser.choose("caseForm:type", "Fejl");
        browser.choose("caseForm:urgency", "Mindre fejl");
        browser.choose("caseForm:impact", "10-0% af brugerne påvirket");
        browser.choose("caseForm:subject", "Konsulentbistand");
        browser.find(By.id("caseForm:save")).click();
        caseNumber = browser.awaitText(By.id("caseNumber"), "0000");
    }

    @AfterAll
    static void removeFiles() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Test
    void theFilesAreUnderRelateredeAndDownloadAsTheSameBytes() throws Exception {
        signInAs("patrick.stjerne@bpo.example");
        browser.open("/cases/" + caseNumber + "?tab=related");

        String table = awaitDownloadable("Lønseddel marts.pdf");
        assertThat(browser.text(By.cssSelector("#caseTabs .ui-tabs-selected"))).as("?tab=related").isEqualTo("Relaterede");
        assertThat(table).contains("Lønseddel marts.pdf", "293 KB", "PDF", "Patrick Stjerne", "skærmbillede.png", "PNG",
                "noter.txt");
        assertThat(browser.text(By.id("caseFeed"))).contains("Patrick Stjerne tilføjede filen Lønseddel marts.pdf",
                "Patrick Stjerne tilføjede filen skærmbillede.png");

        HttpResponse<InputStream> download = download(link("Lønseddel marts.pdf"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(sha256(download.body())).isEqualTo(sha256(Files.newInputStream(payslip)));
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"L_nseddel marts.pdf\"; filename*=UTF-8''L%C3%B8nseddel%20marts.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("sandbox"));

        String image = link("skærmbillede.png");
        assertThat(download(image + "/inline").headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("inline;"));
        assertThat(download(link("Lønseddel marts.pdf") + "/inline").headers().firstValue("Content-Disposition"))
                .as("only raster images are ever shown inline").hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
    }

    @Test
    void aColleagueDownloadsButAnotherCustomersUserGetsNotFound() throws Exception {
        signInAs("patrick.stjerne@bpo.example");
        browser.open("/cases/" + caseNumber + "?tab=related");
        awaitDownloadable("Lønseddel marts.pdf");
        String address = link("Lønseddel marts.pdf");

        signInAs("mette.jensen@bpo.example");
        assertThat(download(address).statusCode()).isEqualTo(200);
        browser.open("/cases/" + caseNumber + "?tab=related");
        assertThat(browser.text(By.id("caseFiles"))).contains("Lønseddel marts.pdf");
        assertThat(browser.driver().findElements(By.cssSelector(".file-remove"))).as("Mette did not upload them").isEmpty();

        signInAs("sofie.holm@nordicretail.example");
        assertThat(download(address).statusCode()).isEqualTo(404);
        assertThat(download("/files/" + java.util.UUID.randomUUID()).statusCode()).as("a guessed id").isEqualTo(404);
        assertThat(download("/files/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void aFileOnAPrivateCaseIsNotFoundForColleagues() throws Exception {
        signInAs("patrick.stjerne@bpo.example");
        String privateCase = createCase("Fortroligt: bonusaftale", true);
        upload(CASE_FILES, screenshot);
        awaitDownloadable("skærmbillede.png");
        String address = link("skærmbillede.png");
        assertThat(download(address).statusCode()).isEqualTo(200);

        signInAs("mette.jensen@bpo.example");
        assertThat(download(address).statusCode()).isEqualTo(404);
        assertThat(download(address + "/inline").statusCode()).isEqualTo(404);
        browser.open("/cases/" + privateCase + "?tab=related");
        assertThat(browser.text(By.tagName("h1"))).doesNotContain("bonusaftale");
    }

    @Test
    void theUploaderRemovesAFileWhichStaysListedAsRemoved() throws Exception {
        signInAs("patrick.stjerne@bpo.example");
        createCase("Forkert fil vedhæftet", false);
        upload(CASE_FILES, write("forkert.csv", "navn;løn\nMette;1000\n".getBytes(StandardCharsets.UTF_8)));
        awaitDownloadable("forkert.csv");
        String address = link("forkert.csv");

        browser.find(By.cssSelector("[aria-label='Fjern fil forkert.csv']")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();

        browser.awaitText(By.id("messages"), "Filen forkert.csv er fjernet fra sagen.");
        assertThat(browser.text(By.id("caseFiles"))).contains("forkert.csv", "Fjernet");
        assertThat(browser.driver().findElements(By.cssSelector("a.file-download"))).isEmpty();
        assertThat(download(address).statusCode()).isEqualTo(404);
        browser.driver().navigate().refresh();
        assertThat(browser.text(By.id("caseFeed"))).contains("Patrick Stjerne fjernede filen forkert.csv");
    }

    @Test
    void aFileWaitsForTheScannerAndAnInfectedOneIsQuarantined() throws Exception {
        signInAs("patrick.stjerne@bpo.example");
        createCase("Mistænkelig logfil", false);

        PortalServer.clamd().hang();
        try {
            upload(CASE_FILES, write("server.log", "2026-11-27 10:00 INFO started\n".getBytes(StandardCharsets.UTF_8)));
            String row = browser.awaitText(By.id("caseFiles"), "server.log");
            assertThat(row).contains("Afventer virusscanning");
            assertThat(browser.driver().findElements(By.cssSelector("a.file-download"))).isEmpty();
            String id = browser.find(By.cssSelector("tr[data-file='server.log']")).getAttribute("data-id");
            assertThat(download("/files/" + id).statusCode()).as("not downloadable while waiting").isEqualTo(404);
        } finally {
            PortalServer.clamd().resume();
        }
        awaitDownloadable("server.log");

        upload(CASE_FILES, write("eicar.txt", EICAR.getBytes(StandardCharsets.US_ASCII)));
        browser.awaitText(By.id("messages"), "Virusscanningen fandt virus i filen eicar.txt.");
        assertThat(browser.text(By.cssSelector("tr[data-file='eicar.txt']"))).contains("Virus fundet – sat i karantæne");
        String id = browser.find(By.cssSelector("tr[data-file='eicar.txt']")).getAttribute("data-id");
        assertThat(download("/files/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aHundredMegabyteFileGoesUpAndDownWithinThePortalsHeap() throws Exception {
        Path large = dir.resolve("database-dump.zip");
        byte[] block = new byte[1024 * 1024];
        new Random(42).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(large)) {
            // A zip's local file header, then 100 MB that do not compress.
            out.write(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0});
            for (int i = 0; i < 100; i++) {
                out.write(block);
            }
        }
        signInAs("patrick.stjerne@bpo.example");
        createCase("Databaseudtræk til fejlsøgning", false);

        upload(CASE_FILES, large);
        browser.awaitText(By.id("caseFiles"), "database-dump.zip", Duration.ofMinutes(2));
        awaitDownloadable("database-dump.zip");

        HttpResponse<InputStream> download = download(link("database-dump.zip"));
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(Files.size(large));
        assertThat(sha256(download.body())).isEqualTo(sha256(Files.newInputStream(large)));
        Files.delete(large);
    }

    // --- helpers ---

    private static String createCase(String title, boolean privateCase) {
        browser.open("/cases/new");
        browser.choose("caseForm:product", "Løn ABC");
        browser.choose("caseForm:type", "Spørgsmål");
        browser.choose("caseForm:urgency", "Ingen fejl");
        browser.choose("caseForm:impact", "10-0% af brugerne påvirket");
        browser.choose("caseForm:subject", "Konsulentbistand");
        fill(browser, "caseForm:title", title);
        if (privateCase) {
            browser.find(By.cssSelector("[id='caseForm:private'] .ui-chkbox-box")).click();
        }
        browser.find(By.id("caseForm:save")).click();
        String number = browser.awaitText(By.id("caseNumber"), "0000");
        browser.find(By.linkText("Relaterede")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("related")).isDisplayed());
        return number;
    }

    /** Chooses files in the form's upload, as the "Upload filer" button's dialog does. */
    private static void upload(String form, Path... files) {
        WebElement input = browser.driver().findElement(By.cssSelector("[id='" + form + ":upload'] input[type=file]"));
        input.sendKeys(String.join("\n", java.util.Arrays.stream(files).map(Path::toString).toList()));
    }

    /**
     * Drops a file on the form's upload as a browser does: a drop event whose data transfer holds
     * the file (made in the page; WebDriver cannot drag from the desktop).
     */
    private static void drop(String form, String fileName, String text) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                var file = new File([arguments[2]], arguments[1], {type: 'text/plain'});
                var drop = new Event('drop', {bubbles: true, cancelable: true});
                Object.defineProperty(drop, 'dataTransfer', {value: {files: [file], types: ['Files']}});
                document.getElementById(arguments[0] + ':upload').dispatchEvent(drop);
                """, form, fileName, text);
    }

    /** Waits until the file's name is a download link (after the scanner's verdict and the list's refresh). */
    private static String awaitDownloadable(String fileName) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(
                    By.xpath("//a[contains(@class,'file-download') and normalize-space()='" + fileName + "']")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No download link for " + fileName + " at " + browser.path() + "; the files show:\n"
                    + browser.driver().findElements(By.id("related")).stream().findFirst()
                            .map(related -> related.getAttribute("textContent").replaceAll("\\s+", " ")).orElse("(no files section)"), e);
        }
        return browser.text(By.id("caseFiles"));
    }

    private static String link(String fileName) {
        String href = browser.find(By.xpath("//a[contains(@class,'file-download') and normalize-space()='" + fileName + "']"))
                .getAttribute("href");
        Matcher matcher = FILE_LINK.matcher(href);
        assertThat(matcher.find()).as(href).isTrue();
        return "/files/" + matcher.group(1);
    }

    private static void signInAs(String email) {
        startAsNewVisitor();
        browser.signIn(email, PASSWORD);
        // Signed in (the header's sign-out): the session cookie is now the signed-in one, which
        // the downloads below send. Reading it earlier could take the sign-in page's.
        browser.find(By.id("signOutForm:signOut"));
    }

    /** Downloads as the browser's signed-in user (its session cookie), without following redirects. */
    private static HttpResponse<InputStream> download(String path) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(PortalServer.baseUri().resolve(path.substring(1)))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private static String sha256(InputStream content) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(content, digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path write(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        java.util.Arrays.fill(pdf, header.length, size, (byte) ' ');
        return pdf;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows program's first bytes. */
    private static byte[] exe() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[60] = (byte) 0x80;
        return exe;
    }
}
