package fr.pitchoun.e2e;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Debian's Chromium driven by Debian's chromedriver: a viewer's browser, with nothing downloaded at test time. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start(Path workDir) throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                // The machine's network is closed: no background calls to Google's hosts.
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--autoplay-policy=no-user-gesture-required",
                "--user-data-dir=" + Files.createTempDirectory(workDir, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .withLogFile(workDir.resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        // A page reached by a form's redirect may still be arriving on a busy machine: look for its elements up to 10 s.
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return browser;
    }
}
