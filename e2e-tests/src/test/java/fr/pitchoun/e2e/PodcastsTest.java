package fr.pitchoun.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.pitchoun.e2e.SiteViewer.currentTime;
import static fr.pitchoun.e2e.SiteViewer.get;
import static fr.pitchoun.e2e.SiteViewer.mediaErrors;
import static fr.pitchoun.e2e.SiteViewer.signIn;
import static fr.pitchoun.e2e.SiteViewer.signedIn;
import static fr.pitchoun.e2e.SiteViewer.watchErrors;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The podcasts through every real part: podcast-service's copy of the Ausha stand-in's catalogue (real MariaDB), the
 * site's pages, and the demo MP3s and show images the test NGINX serves, played by headless Chromium. The home
 * page's podcast block leads to a show whose episode plays; an exclusive episode plays for MyPitchoun+ only, from a
 * signed address, and no page of anyone else holds its audio; « continuer l'écoute » resumes where it stopped.
 */
@ExtendWith(TestPlatform.class)
class PodcastsTest {

    private static final String PLUS = "mypitchoun-plus@demo.pitchoun.fr";
    /** The other demo accounts: MyPitchoun only, no subscription, MyPitchoun+ ended. */
    private static final List<String> NOT_PLUS = List.of("mypitchoun@demo.pitchoun.fr",
            "sans-abonnement@demo.pitchoun.fr", "expire@demo.pitchoun.fr");
    /** The stand-in's exclusive show and its first episode, whose MP3 is exclusif/ep940001.mp3. */
    private static final String EXCLUSIVE = "/podcasts/le-club-mypitchoun-plus/le-dragon-qui-collectionnait-les-nuages";
    private static final String EXCLUSIVE_FILE = "ep940001";
    /** The exclusive show's other episode, where « continuer l'écoute » is tried (so the first one starts at 0). */
    private static final String RESUMED = "/podcasts/le-club-mypitchoun-plus/la-bibliotheque-des-reves";
    private static final Pattern HOME_PODCAST_LINK = Pattern.compile(
            "class=\"bloc bloc-podcast\".*?href=\"(/podcasts/[a-z0-9-]+)\"", Pattern.DOTALL);
    private static final Pattern EPISODE_LINK = Pattern.compile("href=\"(/podcasts/[a-z0-9-]+/[a-z0-9-]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void podcastServiceHasSyncedAndSignInIsWarm() throws Exception {
        // The platform's first sign-in (auth-gateway, Kinow stand-in, cold JVMs) can outlast a browser test's wait.
        signedIn(PLUS);
        await("podcast-service copied the Ausha stand-in (" + TestPlatform.PODCASTS_URL + "/api/sync)")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.PODCASTS_URL + "/api/sync"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body().contains("\"result\":\"SUCCESS\""));
    }

    @Test
    void theHomePagesPodcastBlockLeadsToAShowWhosePublicEpisodePlaysWithItsImageShown() throws Exception {
        Matcher block = HOME_PODCAST_LINK.matcher(get(null, "/").body());
        assertTrue(block.find(), "the home page has a podcast block linking to a show");
        String show = block.group(1);
        String showPage = get(null, show).body();
        Matcher episodes = EPISODE_LINK.matcher(showPage);
        assertTrue(episodes.find(), "the show lists its episodes: " + showPage);
        String episode = episodes.group(1);

        ChromeDriver browser = HeadlessChromium.start(TestPlatform.get().workDir);
        try {
            browser.get(TestPlatform.SITE_URL + "/podcasts");
            assertImagesShown(browser, 4);
            browser.get(TestPlatform.SITE_URL + show);
            assertImagesShown(browser, 1);
            browser.get(TestPlatform.SITE_URL + episode);
            WebElement audio = browser.findElement(By.cssSelector(".lecteur-podcast audio"));
            assertEquals("none", audio.getAttribute("preload"));
            assertPlays(browser, audio, 0);
        } finally {
            browser.quit();
        }
    }

    @Test
    void anExclusiveEpisodeIsListedToEveryoneAndPlaysForMyPitchounPlusOnly() throws Exception {
        for (String email : NOT_PLUS) {
            String session = signedIn(email);
            String listing = get(session, "/podcasts/le-club-mypitchoun-plus").body();
            String page = get(session, EXCLUSIVE).body();
            for (String html : List.of(listing, page)) {
                assertTrue(html.contains("<span class=\"marque-plus\">MyPitchoun+</span>"), email + ": " + html);
                assertFalse(html.contains(EXCLUSIVE_FILE), email + " gets no address of the exclusive audio: " + html);
                assertFalse(html.contains("<audio"), email + " gets no player for it");
                assertTrue(html.contains("class=\"verrou\"") && html.contains("href=\"/mon-compte\">S'abonner à MyPitchoun+"),
                        email + " sees the lock and how to subscribe: " + html);
            }
        }
        String signedOut = get(null, EXCLUSIVE).body();
        assertFalse(signedOut.contains(EXCLUSIVE_FILE), signedOut);
        assertTrue(signedOut.contains("href=\"/inscription\">S'abonner à MyPitchoun+"), signedOut);

        String plus = signedIn(PLUS);
        startsOver(plus, EXCLUSIVE);
        String plusPage = get(plus, EXCLUSIVE).body();
        assertTrue(plusPage.contains("/podcasts-audio/signe/") && plusPage.contains(EXCLUSIVE_FILE + ".mp3"),
                "MyPitchoun+ gets a signed address: " + plusPage);
        assertFalse(plusPage.contains("class=\"verrou\""), plusPage);

        ChromeDriver browser = HeadlessChromium.start(TestPlatform.get().workDir);
        try {
            signIn(browser, PLUS, EXCLUSIVE);
            assertPlays(browser, browser.findElement(By.cssSelector(".lecteur-podcast audio")), 0);
        } finally {
            browser.quit();
        }
    }

    @Test
    void continueListeningKeepsThePositionShowsItAndResumesThere() throws Exception {
        // Earlier runs left a position in podcast-service: the listener starts over first.
        startsOver(signedIn(PLUS), RESUMED);
        ChromeDriver browser = HeadlessChromium.start(TestPlatform.get().workDir);
        try {
            signIn(browser, PLUS, RESUMED);
            WebElement audio = browser.findElement(By.cssSelector(".lecteur-podcast audio"));
            double stoppedAt = assertPlays(browser, audio, 0);
            // Pausing reports the position (js/podcast.js); the site keeps it in podcast-service.
            browser.executeScript("arguments[0].pause();", audio);
            int kept = (int) Math.floor(stoppedAt);
            await("« Continuer l'écoute » lists the episode").atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        browser.get(TestPlatform.SITE_URL + "/podcasts");
                        return browser.getPageSource();
                    }, page -> page.contains("Continuer l'écoute") && page.contains("href=\"" + RESUMED + "\""));

            browser.get(TestPlatform.SITE_URL + RESUMED);
            WebElement resumed = browser.findElement(By.cssSelector(".lecteur-podcast audio"));
            int resumeAt = Integer.parseInt(resumed.getAttribute("data-resume"));
            assertTrue(Math.abs(resumeAt - kept) <= 2, "the page resumes at " + resumeAt + " s, stopped at " + kept);
            assertTrue(browser.findElement(By.cssSelector("p.reprise")).getText().contains(resumeAt + " s"));
            assertPlays(browser, resumed, resumeAt);
        } finally {
            browser.quit();
        }
    }

    /** Reports position 0 for the episode at {@code path}, as the player does when the listener goes back to the start. */
    private static void startsOver(String session, String path) throws Exception {
        String[] slugs = path.substring("/podcasts/".length()).split("/");
        HttpResponse<String> kept = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + "/podcasts/ecoute"))
                .header("Cookie", session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"show\":\"" + slugs[0] + "\",\"episode\":\"" + slugs[1]
                        + "\",\"positionSeconds\":0}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, kept.statusCode(), kept.body());
    }

    /** Plays the (muted) audio: it starts near {@code from} s, its time advances, and no error event comes. */
    private static double assertPlays(ChromeDriver browser, WebElement audio, double from) {
        watchErrors(browser, audio);
        assertEquals(Boolean.TRUE, browser.executeScript("return arguments[0].paused;", audio),
                "nothing plays before the listener asks (no autoplay)");
        browser.executeScript("arguments[0].muted = true; arguments[0].play();", audio);
        double started = await("the audio starts").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> browser.executeScript("return arguments[0].paused ? -1 : arguments[0].currentTime;",
                        audio) instanceof Number n ? n.doubleValue() : -1.0, seconds -> seconds > 0);
        assertTrue(Math.abs(started - from) <= 3.0, "starts at " + started + " s, expected about " + from + " s");
        double later = await("currentTime advances").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> currentTime(browser, audio), seconds -> seconds >= started + 3);
        assertEquals(null, mediaErrors(browser), "no error event while playing");
        return later;
    }

    /** At least {@code count} show images on the page, each with its alternative text, really loaded. */
    private static void assertImagesShown(ChromeDriver browser, int count) {
        List<WebElement> images = browser.findElements(By.cssSelector("img.visuel-emission"));
        assertTrue(images.size() >= count, images.size() + " show images on " + browser.getCurrentUrl());
        for (WebElement image : images) {
            assertTrue(image.getAttribute("alt").startsWith("Visuel de l'émission « "), image.getAttribute("alt"));
            await("the image " + image.getAttribute("src") + " loads").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth;",
                            image) instanceof Number n ? n.intValue() : 0, width -> width > 0);
        }
    }
}
