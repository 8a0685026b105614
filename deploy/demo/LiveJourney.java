import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.function.Supplier;

/**
 * Issue 14's "Must show" on a running platform, in one headless Chromium session (run by deploy/demo/live-journey.sh):
 * /direct lists the channels with their stills, state and now/next; a MyPitchoun+ viewer watches pitchoun-tv,
 * restarts the programme from its beginning (« Reprendre depuis le début »), seeks in it, then goes back to live
 * (« Revenir au direct »). Prints what the viewer sees, with the player's positions and hls.js's program dates.
 *
 * Arguments: site, cookie of a signed-in MyPitchoun+ session (name=value), channel.
 */
public class LiveJourney {

    private static ChromeDriver browser;

    public static void main(String[] args) throws Exception {
        String site = args[0];
        String[] cookie = args[1].split("=", 2);
        String channel = args[2];
        browser = Chromium.start();
        try {
            step("/direct, signed out");
            browser.get(site + "/direct");
            for (WebElement card : browser.findElements(By.cssSelector("#chaines .chaine"))) {
                WebElement still = card.findElement(By.cssSelector("img.vignette-direct"));
                waitFor("its still is loaded", () -> ((Number) js("return arguments[0].naturalWidth", still))
                        .intValue() > 0, 15);
                say(card.getText().replace("\n", " | ") + "  [still " + js("return arguments[0].naturalWidth + 'x' "
                        + "+ arguments[0].naturalHeight", still) + ", alt « " + still.getAttribute("alt") + " »]");
            }

            step("signed in as MyPitchoun+, /direct/" + channel);
            browser.manage().addCookie(new org.openqa.selenium.Cookie(cookie[0], cookie[1], "/"));
            browser.get(site + "/direct/" + channel);
            WebElement video = browser.findElement(By.id("lecteur-direct"));
            say("native controls: " + video.getAttribute("controls") + "; programme: "
                    + browser.findElement(By.id("titre-programme")).getText());
            js("arguments[0].muted = true;", video);
            browser.findElement(By.id("bouton-lecture")).click();
            waitFor("it plays", () -> currentTime(video) > 2, 30);
            Thread.sleep(6000);
            say(String.format("playing at %.1f s, « EN DIRECT » shown: %s, status: %s", currentTime(video),
                    browser.findElement(By.id("badge-direct")).isDisplayed(),
                    browser.findElement(By.id("statut-direct")).getText()));

            step("« Reprendre depuis le début »");
            browser.findElement(By.id("bouton-reprise")).click();
            waitFor("the programme plays from its start", () -> {
                double t = currentTime(video);
                return t > 0.5 && t < 20 && !((Boolean) js("return arguments[0].paused", video));
            }, 30);
            Thread.sleep(4000);
            WebElement slider = browser.findElement(By.id("position-reprise"));
            say(String.format("at %.1f s of the programme (seekable up to %.0f s), « Revenir au direct » shown: %s, "
                            + "status: %s", currentTime(video),
                    ((Number) js("var s = arguments[0].seekable; return s.length ? s.end(s.length - 1) : 0", video))
                            .doubleValue(),
                    browser.findElement(By.id("bouton-revenir-direct")).isDisplayed(),
                    browser.findElement(By.id("statut-direct")).getText()));
            say("position slider: " + slider.getAttribute("aria-valuetext"));

            step("« Revenir au direct »");
            browser.findElement(By.id("bouton-revenir-direct")).click();
            waitFor("back at the live edge", () -> browser.findElement(By.id("badge-direct")).isDisplayed(), 30);
            Thread.sleep(3000);
            say(String.format("at %.1f s, « EN DIRECT » shown: %s, « Revenir au direct » shown: %s, status: %s",
                    currentTime(video), browser.findElement(By.id("badge-direct")).isDisplayed(),
                    browser.findElement(By.id("bouton-revenir-direct")).isDisplayed(),
                    browser.findElement(By.id("statut-direct")).getText()));
        } finally {
            browser.quit();
        }
    }

    private static Object js(String script, Object... args) {
        return Chromium.js(browser, script, args);
    }

    private static double currentTime(WebElement media) {
        return Chromium.currentTime(browser, media);
    }

    private static void waitFor(String what, Supplier<Boolean> done, int seconds) throws InterruptedException {
        Chromium.waitFor(browser, what, done, seconds);
    }

    private static void step(String what) {
        System.out.printf("%n== %s%n", what);
    }

    private static void say(String what) {
        System.out.println("   " + what);
    }
}
