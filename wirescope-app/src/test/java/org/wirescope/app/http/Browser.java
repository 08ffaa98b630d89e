package org.wirescope.app.http;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven through its chromedriver, both found on the {@code PATH}
 * (Debian's {@code chromium} and {@code chromium-driver} packages). Tests that need it skip
 * themselves through {@link #assumeAvailable} when either program is missing. Each browser has a
 * profile and a downloads folder of its own in a temporary folder, removed by {@link #close}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether Chromium and chromedriver are on the {@code PATH}. */
    static boolean available() {
        return onPath("chromium").isPresent() && onPath("chromedriver").isPresent();
    }

    /** Skips the calling test, saying why, when {@link #available} is false. */
    static void assumeAvailable() {
        assumeTrue(available(),
                "browser tests need Chromium and chromedriver on the PATH (Debian: apt-get install chromium chromium-driver)");
    }

    /** A fresh headless browser; the calling test is skipped when Chromium or chromedriver is absent. */
    static Browser start() {
        assumeAvailable();
        Path chromium = onPath("chromium").orElseThrow();
        Path chromedriver = onPath("chromedriver").orElseThrow();
        try {
            Path profile = Files.createTempDirectory("wirescope-chromium");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions()
                    .setBinary(chromium.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--window-size=" + WIDTH + "," + HEIGHT,
                            "--user-data-dir=" + profile.resolve("profile").toAbsolutePath());
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The folder the browser saves downloads in, empty when it starts. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits until {@code condition} gives a value that is neither null nor false, and returns it. */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs {@code script}, which ends by calling its last argument with the result, and returns that. */
    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** The messages the page logged to its console since the last call (CSP violations land here). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Sets the window's width (the height stays), as a phone or a desktop would lay the page out. */
    void resize(int width) {
        driver.manage().window().setSize(new Dimension(width, HEIGHT));
    }

    void restoreSize() {
        resize(WIDTH);
    }

    /** Writes a PNG of the whole page, from the top, to {@code target/screenshots/NAME.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            script("window.scrollTo(0, 0)");
            Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<?, ?> content = (Map<?, ?>) layout.get("cssContentSize");
            // Captured beyond the viewport, the page is laid out without a scroll bar: as wide as the window.
            double width = Math.max(((Number) content.get("width")).doubleValue(),
                    ((Number) script("return window.innerWidth")).doubleValue());
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1, "width", width,
                    "height", Math.min(((Number) content.get("height")).doubleValue(), 8000));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temporary folder does no harm to the test's result.
        }
    }
}
