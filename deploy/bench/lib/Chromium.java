import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver, for the scripts that play the site as a viewer
 * (deploy/bench/glass-to-glass.sh, deploy/demo/family-journey.sh; compiled with them by deploy/bench/lib/browser.sh).
 * The machine's network is closed: no background calls to Google's hosts.
 */
final class Chromium {

    private Chromium() {
    }

    static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--autoplay-policy=no-user-gesture-required",
                "--user-data-dir=" + Files.createTempDirectory("pitchoun-chromium"));
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    static Object js(ChromeDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static double currentTime(ChromeDriver browser, WebElement media) {
        return ((Number) js(browser, "return arguments[0].currentTime", media)).doubleValue();
    }

    /** Polls {@code done} every 300 ms (an exception counts as not yet) for at most {@code seconds}. */
    static void waitFor(ChromeDriver browser, String what, Supplier<Boolean> done, int seconds)
            throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        RuntimeException last = null;
        while (System.currentTimeMillis() < until) {
            try {
                if (done.get()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("not within " + seconds + " s: " + what + " (at " + browser.getCurrentUrl()
                + ")", last);
    }
}
