package fr.pitchoun.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live pages as a viewer sees them in headless Chromium, with both demo channels fed by a control room: /direct
 * lists them with their stills (renewed without a reload), state and programme; one plays in the TV-like player
 * (« EN DIRECT », no native controls); the channel links load the other channel into the same video element; a
 * channel whose feed stops is shown on standby; an unknown channel is the site's 404 page.
 */
@ExtendWith(TestPlatform.class)
class LiveChannelsTest {

    private static final String TV = TestPlatform.DEMO_CHANNEL;
    private static final String JUNIOR = "pitchoun-junior";
    private static final String JUNIOR_KEY = "demo-pitchoun-junior-key";

    @Test
    void bothChannelsAreListedAndTheViewerSwitchesBetweenThemInTheSamePlayer() throws Exception {
        TestPlatform platform = TestPlatform.get();
        Process tvFeed = LiveHls.publishTestPattern(TestPlatform.DEMO_KEY, 150);
        Process juniorFeed = LiveHls.publishTestPattern(JUNIOR_KEY, 150);
        ChromeDriver browser = HeadlessChromium.start(platform.workDir);
        try {
            SiteViewer.signIn(browser, "mypitchoun-plus@demo.pitchoun.fr", "/direct");
            await("both demo channels « En direct » on /direct (worker log: " + platform.worker.log() + ")")
                    .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        browser.navigate().refresh();
                        return "En direct".equals(state(browser, TV)) && "En direct".equals(state(browser, JUNIOR));
                    });
            for (String channel : new String[] {TV, JUNIOR}) {
                WebElement card = card(browser, channel);
                String text = card.getText();
                assertTrue(text.contains("En ce moment :") || text.contains("À suivre :"),
                        "now or next from the demo schedule: " + text);
                WebElement still = card.findElement(By.cssSelector("img.vignette-direct"));
                assertTrue(still.getAttribute("alt").startsWith("Image du direct de "), still.getAttribute("alt"));
                await("the still of " + channel + " shows").atMost(Duration.ofSeconds(25))
                        .pollInterval(Duration.ofMillis(500)).until(() -> loadedWidth(browser, still) == 320);
            }
            stillIsRenewedWithoutAReload(browser);

            card(browser, TV).findElement(By.cssSelector("a.bouton")).click();
            await("the channel's page").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.getCurrentUrl().endsWith("/direct/" + TV));
            WebElement video = browser.findElement(By.id("lecteur-direct"));
            SiteViewer.watchErrors(browser, video);
            assertEquals(Boolean.FALSE, browser.executeScript("return arguments[0].controls;", video),
                    "no native controls (their seek bar)");
            browser.executeScript("arguments[0].muted = true;", video);
            browser.findElement(By.id("bouton-lecture")).click();
            await("the channel plays").atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                    .until(() -> SiteViewer.currentTime(browser, video), seconds -> seconds > 3.0);
            WebElement badge = browser.findElement(By.id("badge-direct"));
            await("« EN DIRECT » shows").atMost(Duration.ofSeconds(10)).until(badge::isDisplayed);
            assertEquals("EN DIRECT", badge.getText());

            // « Reprendre depuis le début »: the site's start-over playlist plays from its start (the slot's, or the
            // oldest kept segment) and stays there (no jump back to the edge, no catch-up); « Revenir au direct »
            // brings the viewer back to the live edge.
            browser.findElement(By.id("bouton-reprise")).click();
            await("the programme plays from its start").atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Boolean.TRUE.equals(browser.executeScript("var v = arguments[0];"
                            + " return !v.paused && v.currentTime > 0.5 && v.currentTime < 30"
                            + " && v.seekable.length > 0 && v.seekable.end(0) - v.currentTime > 20;", video)));
            Thread.sleep(6000);
            assertEquals(Boolean.TRUE, browser.executeScript("var v = arguments[0];"
                    + " return v.currentTime < 40 && v.playbackRate === 1;", video),
                    "still near the programme's start, at normal speed: " + SiteViewer.currentTime(browser, video));
            WebElement backToLive = browser.findElement(By.id("bouton-revenir-direct"));
            assertTrue(backToLive.isDisplayed(), "« Revenir au direct » is offered while behind");
            assertFalse(badge.isDisplayed(), "no « EN DIRECT » while behind");
            backToLive.click();
            await("back at the live edge").atMost(Duration.ofSeconds(30)).until(badge::isDisplayed);
            assertFalse(backToLive.isDisplayed());

            browser.executeScript("arguments[0].dataset.marque = 'meme-lecteur'; window.sansRechargement = true;"
                    + " performance.setResourceTimingBufferSize(5000);",
                    video);
            browser.findElement(By.cssSelector("#choix-chaine a[data-chaine='" + JUNIOR + "']")).click();
            await("the address shows the other channel").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.getCurrentUrl().endsWith("/direct/" + JUNIOR));
            assertEquals(Boolean.TRUE, browser.executeScript("return window.sansRechargement === true;"),
                    "the page was not reloaded");
            WebElement sameVideo = browser.findElement(By.id("lecteur-direct"));
            assertEquals("meme-lecteur", sameVideo.getAttribute("data-marque"), "the same video element");
            assertEquals(JUNIOR, sameVideo.getAttribute("data-chaine"));
            assertTrue(sameVideo.getAttribute("data-manifest").contains("/" + JUNIOR + "/master.m3u8"));
            await("the other channel's segments play in the same video").atMost(Duration.ofSeconds(40))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Boolean.TRUE.equals(browser.executeScript(
                            "return performance.getEntriesByType('resource').some(function (entry) {"
                                    + " return entry.name.indexOf('/" + JUNIOR + "/') > 0"
                                    + " && /\\.(ts|m4s|mp4)(\\?|$)/.test(entry.name); });")));
            double afterSwitch = SiteViewer.currentTime(browser, sameVideo);
            await("currentTime advances on the new channel").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> SiteViewer.currentTime(browser, sameVideo) - afterSwitch, advance -> advance >= 3.0);
            assertEquals(null, SiteViewer.mediaErrors(browser), "no media error through the switch");
            await("the programme under the player is the new channel's").atMost(Duration.ofSeconds(10))
                    .until(() -> JUNIOR.equals(browser.findElement(By.id("programme-chaine"))
                            .getAttribute("data-chaine")));

            browser.navigate().back();
            await("back to the first channel, in the same page").atMost(Duration.ofSeconds(10))
                    .until(() -> TV.equals(browser.findElement(By.id("lecteur-direct")).getAttribute("data-chaine")));
            assertEquals(Boolean.TRUE, browser.executeScript("return window.sansRechargement === true;"));

            juniorFeed.destroyForcibly().waitFor();
            await("the channel whose feed stopped is shown on standby").atMost(Duration.ofSeconds(40))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        browser.get(TestPlatform.SITE_URL + "/direct");
                        return "En pause (mire)".equals(state(browser, JUNIOR));
                    });
        } finally {
            browser.quit();
            tvFeed.destroyForcibly().waitFor();
            juniorFeed.destroyForcibly().waitFor();
        }

        HttpResponse<String> unknown = SiteViewer.HTTP.send(HttpRequest.newBuilder(
                URI.create(TestPlatform.SITE_URL + "/direct/pas-une-chaine")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Page introuvable"), unknown.body());
    }

    /**
     * The list page asks for each still again every 10 s: the image's address changes in the page (no reload) and
     * the picture behind it is a newer one (the worker renews it from the moving test pattern).
     */
    private static void stillIsRenewedWithoutAReload(ChromeDriver browser) throws Exception {
        browser.executeScript("window.sansRechargement = true;");
        WebElement still = card(browser, TV).findElement(By.cssSelector("img.vignette-direct"));
        String firstAddress = (String) browser.executeScript("return arguments[0].currentSrc;", still);
        byte[] firstPicture = picture(firstAddress);
        await("the still is asked for again").atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(500))
                .until(() -> !firstAddress.equals(browser.executeScript("return arguments[0].currentSrc;", still))
                        && loadedWidth(browser, still) == 320);
        assertEquals(Boolean.TRUE, browser.executeScript("return window.sansRechargement === true;"));
        await("a newer picture behind it").atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !Arrays.equals(firstPicture, picture(firstAddress)));
    }

    private static byte[] picture(String address) throws Exception {
        HttpResponse<byte[]> answer = SiteViewer.HTTP.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), "the still is public: " + address);
        assertFalse(answer.headers().firstValue("Content-Type").orElse("").isEmpty());
        return answer.body();
    }

    private static WebElement card(ChromeDriver browser, String channel) {
        return browser.findElement(By.cssSelector("article[aria-labelledby='chaine-" + channel + "']"));
    }

    private static String state(ChromeDriver browser, String channel) {
        return card(browser, channel).findElement(By.cssSelector(".etat-chaine")).getText();
    }

    private static long loadedWidth(ChromeDriver browser, WebElement image) {
        return ((Number) browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;",
                image)).longValue();
    }
}
