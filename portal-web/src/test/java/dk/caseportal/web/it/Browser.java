package dk.caseportal.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the flags measured to work on these machines
 * (no sandbox as root, no background networking on a closed network) and a fresh profile.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("portal.chromium", "/usr/bin/chromium");

    private final WebDriver driver;
    private final Path profile;

    public Browser() {
        // Selenium Manager would try to download a driver; the machine has one.
        System.setProperty("SE_OFFLINE", "true");
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(PortalServer.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path).toString());
    }

    /** Waits for the element; when it never shows, the failure tells where the browser was and what it saw. */
    public WebElement find(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
                try {
                    return ExpectedConditions.visibilityOfElementLocated(by).apply(d);
                } catch (WebDriverException e) {
                    if (replacedMeanwhile(e)) {
                        return null; // look again
                    }
                    throw e;
                }
            });
        } catch (TimeoutException e) {
            String body = driver.findElements(By.tagName("body")).stream().findFirst()
                    .map(WebElement::getText).orElse("(no body)");
            throw new AssertionError("No visible " + by + " at " + driver.getCurrentUrl() + "; the page shows:\n"
                    + body.substring(0, Math.min(body.length(), 2000)), e);
        }
    }

    /** The element's text, read again if an ajax update replaced the element meanwhile. */
    public String text(By by) {
        find(by);
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> textOrNull(d, by));
    }

    /**
     * The element's text; null when an ajax update replaced it between finding and reading it —
     * Chromium reports that as "Node with given id does not belong to the document", not as a
     * stale element.
     */
    private static String textOrNull(WebDriver driver, By by) {
        try {
            return driver.findElement(by).getText();
        } catch (WebDriverException e) {
            if (replacedMeanwhile(e)) {
                return null;
            }
            throw e;
        }
    }

    /** An ajax update replaced the element between finding and reading it (Chromium's words for a stale element). */
    private static boolean replacedMeanwhile(WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    /** Waits until the element's text contains the expected part (after an ajax update, say). */
    public String awaitText(By by, String expectedPart) {
        return awaitText(by, expectedPart, Duration.ofSeconds(20));
    }

    public String awaitText(By by, String expectedPart, Duration timeout) {
        try {
            return new WebDriverWait(driver, timeout)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(d -> {
                        String text = textOrNull(d, by);
                        return text != null && text.contains(expectedPart) ? text : null;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("No \"" + expectedPart + "\" in " + by + "; it shows:\n"
                    + driver.findElements(by).stream().findFirst().map(WebElement::getText).orElse("(nothing)"), e);
        }
    }

    /** Scrolls the element to the middle of the window and clicks it (a tall dialog may hide its buttons). */
    public void click(By by) {
        WebElement element = find(by);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    public void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.PrimeFaces === undefined || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Chooses the option with this label in a PrimeFaces select menu, as a click would: through
     * the widget, so its ajax behaviour runs; then waits for that request.
     */
    public void choose(String selectId, String label) {
        find(By.id(selectId));
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const id = arguments[0], label = arguments[1];
                const option = [...document.getElementById(id + '_input').options]
                        .find(o => o.text.trim() === label);
                if (!option) { return false; }
                const widget = PF('widget_' + id.replace(/:/g, '_'));
                widget.selectValue(option.value);
                for (const event of ['valueChange', 'change']) {
                    if (widget.hasBehavior(event)) { widget.callBehavior(event); break; }
                }
                return true;""", selectId, label);
        if (!Boolean.TRUE.equals(found)) {
            throw new AssertionError("No option \"" + label + "\" in " + selectId);
        }
        awaitAjax();
    }

    /** Chooses the option with this label in a plain {@code <select>}, as a user would (it fires "change"). */
    public void select(String selectId, String label) {
        new org.openqa.selenium.support.ui.Select(find(By.id(selectId))).selectByVisibleText(label);
    }

    /** The label of the option chosen in a plain {@code <select>}. */
    public String selected(String selectId) {
        return new org.openqa.selenium.support.ui.Select(find(By.id(selectId))).getFirstSelectedOption().getText();
    }

    /** The query of the browser's address, e.g. {@code customer=1&view=OPEN}; empty when it has none. */
    public String query() {
        String query = java.net.URI.create(driver.getCurrentUrl()).getRawQuery();
        return query == null ? "" : query;
    }

    /** Waits until the address's query contains this part: the page has put a new list in place. */
    public void awaitQuery(String part) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> query().contains(part));
        } catch (TimeoutException e) {
            throw new AssertionError("The address never had \"" + part + "\": " + driver.getCurrentUrl(), e);
        }
    }

    /** Signs in through the sign-in page, starting from wherever the browser is. */
    public void signIn(String email, String password) {
        if (!driver.getCurrentUrl().contains("/signin")) {
            open("/signin");
        }
        WebElement emailField = find(By.id("signInForm:email"));
        emailField.clear();
        emailField.sendKeys(email);
        find(By.id("signInForm:password")).sendKeys(password);
        find(By.id("signInForm:submit")).click();
        // Until the answer replaced the page and the page it leads to has loaded (signed in, or the
        // sign-in page again with a message): a test that went on at once could leave before the
        // session is signed in, or start its next page while the browser still follows the redirect.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(emailField));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class) // asked while a page is being replaced
                .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    }

    /** Whether the element's page has been replaced (Chromium reports that in either of two ways). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (replacedMeanwhile(e)) {
                return true;
            }
            throw e;
        }
    }

    public void signOut() {
        find(By.id("signOutForm:signOut")).click();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
