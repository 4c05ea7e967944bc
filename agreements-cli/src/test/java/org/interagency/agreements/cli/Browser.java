package org.interagency.agreements.cli;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver: the only browser this
 * build may use (nothing is downloaded). A fresh profile in a temporary directory, background
 * networking off, and the browser's console and network logs recorded for the tests to read.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Pattern REQUEST_URL = Pattern.compile("\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Why the browser cannot run here, or {@code null} if it can. */
    static String unavailableBecause() {
        if (!Files.isExecutable(CHROMIUM)) {
            return CHROMIUM + " is missing: install Debian's chromium (apt-get install chromium chromium-driver)";
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return CHROMEDRIVER + " is missing: install Debian's chromium-driver (apt-get install chromium-driver)";
        }
        return null;
    }

    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("agreements-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code page} from the file system, after dropping the logs of earlier pages. */
    void open(Path page) {
        drainLogs();
        driver.get(page.toUri().toString());
    }

    /** Runs {@code script} in the page (through the driver, which the page's policy does not bind). */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The console messages of level SEVERE (errors, including policy violations) since the page opened. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** The URL of every request the page sent since it opened, the page's own included. */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher m = REQUEST_URL.matcher(entry.getMessage());
            if (m.find()) {
                urls.add(m.group(1));
            }
        }
        return urls;
    }

    /** A PNG of the whole page, not only what the window shows. */
    void screenshot(Path png) throws IOException {
        Number width = (Number) script("return document.documentElement.scrollWidth");
        Number height = (Number) script("return document.documentElement.scrollHeight");
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode((String) result.get("data")));
    }

    private void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
