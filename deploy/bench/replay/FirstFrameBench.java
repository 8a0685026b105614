import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time from clicking the episode page's play button to the first video frame presented (requestVideoFrameCallback),
 * in headless Chromium (Debian's), signed in as a demo viewer; each run loads the page afresh.
 * Arguments: site URL, episode path, e-mail, runs.
 */
public class FirstFrameBench {

    public static void main(String[] args) throws Exception {
        String site = args[0];
        String episode = args[1];
        String email = args[2];
        int runs = Integer.parseInt(args[3]);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("pitchoun-bench-chromium"));
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeDriver browser = new ChromeDriver(options);
        try {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            browser.get(site + "/connexion?retour=" + URLEncoder.encode(episode, StandardCharsets.UTF_8));
            browser.findElement(By.id("email")).sendKeys(email);
            browser.findElement(By.id("motDePasse")).sendKeys("pitchoun");
            browser.findElement(By.cssSelector("form.formulaire button[type=submit]")).click();
            List<Double> times = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                browser.get(site + episode);
                browser.findElement(By.id("bouton-lecture"));
                Object ms = browser.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "var video = document.getElementById('lecteur-replay');"
                                + "video.muted = true;"
                                + "var clicked = performance.now();"
                                + "video.requestVideoFrameCallback(function (now) { done(now - clicked); });"
                                + "video.addEventListener('error', function () { done(-1); });"
                                + "document.getElementById('bouton-lecture').click();");
                double value = ((Number) ms).doubleValue();
                if (value < 0) {
                    throw new IllegalStateException("the player reported an error on run " + run);
                }
                times.add(value);
                System.out.printf("run %2d: %.0f ms%n", run, value);
            }
            Collections.sort(times);
            double median = times.size() % 2 == 1 ? times.get(times.size() / 2)
                    : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
            System.out.printf("first frame after play: median %.0f ms, min %.0f ms, max %.0f ms over %d runs"
                    + "   (target <= 1500 ms)%n", median, times.get(0), times.get(times.size() - 1), runs);
        } finally {
            browser.quit();
        }
    }
}
