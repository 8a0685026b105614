package fr.pitchoun.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.pitchoun.e2e.SiteViewer.currentTime;
import static fr.pitchoun.e2e.SiteViewer.get;
import static fr.pitchoun.e2e.SiteViewer.mediaErrors;
import static fr.pitchoun.e2e.SiteViewer.send;
import static fr.pitchoun.e2e.SiteViewer.signIn;
import static fr.pitchoun.e2e.SiteViewer.signedIn;
import static fr.pitchoun.e2e.SiteViewer.watchErrors;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replay through every real part: cms-service's demo episodes linked to Kinow videos, auth-gateway deciding who plays
 * what from the session and the Kinow stand-in, the demo VOD media NGINX serves under signed addresses, and the
 * site's episode page played by hls.js in headless Chromium. A MyPitchoun viewer plays an episode, leaves at about
 * 20 s and, in another browser, resumes there; a non-subscriber gets the extract only.
 */
@ExtendWith(TestPlatform.class)
class ReplayTest {

    private static final String MYPITCHOUN = "mypitchoun@demo.pitchoun.fr";
    private static final String NON_SUBSCRIBER = "sans-abonnement@demo.pitchoun.fr";
    private static final Pattern EPISODE_LINK = Pattern.compile("href=\"(/programmes/[a-z0-9-]+/[a-z0-9-]+)\"");
    private static final Pattern MANIFEST = Pattern.compile("data-manifest=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aMyPitchounViewerPlaysLeavesAtTwentySecondsAndResumesInAnotherBrowser() throws Exception {
        TestPlatform platform = TestPlatform.get();
        List<String> links = episodeLinks();
        String episode = firstEpisode(signedIn(MYPITCHOUN), page -> page.contains("data-session=\""))
                .orElseThrow(() -> new AssertionError("no episode plays whole for " + MYPITCHOUN + " among " + links));
        double stoppedAt;
        ChromeDriver browser = HeadlessChromium.start(platform.workDir);
        try {
            signIn(browser, MYPITCHOUN, episode);
            WebElement video = browser.findElement(By.id("lecteur-replay"));
            watchErrors(browser, video);
            assertEquals(Boolean.TRUE, browser.executeScript("return arguments[0].paused;", video),
                    "nothing plays before the viewer asks (no autoplay)");
            browser.executeScript("arguments[0].muted = true;", video);
            browser.findElement(By.id("bouton-lecture")).click();
            double target = Math.min(20.0, durationOf(browser, video) * 0.6);
            stoppedAt = await("the episode plays up to " + target + " s (chromedriver.log)")
                    .atMost(Duration.ofSeconds((long) target + 30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> currentTime(browser, video), seconds -> seconds >= target);
            assertEquals(null, mediaErrors(browser),
                    "no error event while playing");
            assertEquals(null, browser.executeScript("return arguments[0].error && arguments[0].error.message;",
                    video));
            // Leaving the page (pagehide) sends the last position as a beacon.
            stoppedAt = currentTime(browser, video);
            browser.get(TestPlatform.SITE_URL + "/replay");
            await("« Continuer à regarder » lists the episode").atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        browser.navigate().refresh();
                        return browser.getPageSource();
                    }, page -> page.contains("Continuer à regarder") && page.contains("href=\"" + episode + "\""));
        } finally {
            browser.quit();
        }

        ChromeDriver other = HeadlessChromium.start(platform.workDir);
        try {
            signIn(other, MYPITCHOUN, episode);
            WebElement video = other.findElement(By.id("lecteur-replay"));
            double resume = Double.parseDouble(video.getAttribute("data-resume"));
            assertTrue(Math.abs(resume - stoppedAt) <= 3.0,
                    "the page resumes at " + resume + " s, the viewer stopped at " + stoppedAt + " s");
            other.executeScript("arguments[0].muted = true;", video);
            other.findElement(By.id("bouton-lecture")).click();
            double startedAt = await("the episode plays again").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> other.executeScript("return arguments[0].paused ? -1 : arguments[0].currentTime;",
                            video) instanceof Number n ? n.doubleValue() : -1.0, seconds -> seconds > 0);
            assertTrue(Math.abs(startedAt - stoppedAt) <= 3.0,
                    "playback resumes at " + startedAt + " s, within 3 s of " + stoppedAt + " s");
        } finally {
            other.quit();
        }
    }

    @Test
    void aNonSubscriberGetsTheExtractOnlyAndNoAddressOfTheWholeEpisode() throws Exception {
        String subscriber = signedIn(MYPITCHOUN);
        String nonSubscriber = signedIn(NON_SUBSCRIBER);
        List<String> links = episodeLinks();
        // An episode MyPitchoun plays whole (from a manifest) and a non-subscriber as its extract: not one in early
        // access, which MyPitchoun too gets as the extract.
        String episode = null;
        for (String link : links) {
            if (get(nonSubscriber, link).body().contains("Vous regardez un extrait")) {
                String subscriberPage = get(subscriber, link).body();
                if (!subscriberPage.contains("Vous regardez un extrait") && MANIFEST.matcher(subscriberPage).find()) {
                    episode = link;
                    break;
                }
            }
        }
        assertNotNull(episode, "no episode played whole by MyPitchoun and as an extract otherwise among " + links);
        String full = get(subscriber, episode).body();
        String extract = get(nonSubscriber, episode).body();

        String fullManifest = manifestOf(full);
        String extractManifest = manifestOf(extract);
        String fullMedia = folderAndFile(fullManifest);
        assertFalse(extract.contains(fullMedia), "the whole episode's media (" + fullMedia + ") is not in the page");
        assertFalse(extract.contains("data-session=\""), "an extract reports no progress");
        assertTrue(extract.contains("S'abonner à MyPitchoun"), "the page says what the offer would unlock");
        assertFalse(folderAndFile(extractManifest).equals(fullMedia));

        HttpResponse<String> playlist = HTTP.send(HttpRequest.newBuilder(URI.create(extractManifest)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, playlist.statusCode(), "NGINX serves the extract under its signed address");
        assertTrue(playlist.body().startsWith("#EXTM3U"), playlist.body());

        // Signed out, the same page: the extract or nothing, never the whole episode.
        String signedOut = get(null, episode).body();
        assertFalse(signedOut.contains(fullMedia), signedOut);
    }

    @Test
    void unknownEpisodesAreNotFoundAndTheReplayPageFiltersByAge() throws Exception {
        assertEquals(404, send(null, "/programmes/mission-ocean/pas-un-episode").statusCode());
        assertEquals(404, send(null, "/programmes/pas-un-programme/pas-un-episode").statusCode());
        String all = get(null, "/replay").body();
        assertTrue(all.contains("<h1>Replay</h1>"), all);
        assertFalse(episodeLinks().isEmpty(), "the replay page lists playable episodes: " + all);
        String grands = get(null, "/replay?age=10-12").body();
        assertTrue(grands.contains("aria-current=\"page\">10 à 12 ans</a>"), grands);
        assertFalse(grands.contains("Les Petits Explorateurs"), "a 4–7 programme is not for 10–12: " + grands);
    }

    /** The first episode of the replay page whose page, as seen with {@code session}, satisfies {@code test}. */
    private static Optional<String> firstEpisode(String session, java.util.function.Predicate<String> test)
            throws IOException, InterruptedException {
        for (String episode : episodeLinks()) {
            if (test.test(get(session, episode).body())) {
                return Optional.of(episode);
            }
        }
        return Optional.empty();
    }

    private static List<String> episodeLinks() throws IOException, InterruptedException {
        Set<String> links = new LinkedHashSet<>();
        Matcher matcher = EPISODE_LINK.matcher(get(null, "/replay").body());
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return new ArrayList<>(links);
    }

    private static String manifestOf(String page) {
        Matcher matcher = MANIFEST.matcher(page);
        assertTrue(matcher.find(), "a player with a manifest in " + page);
        return matcher.group(1).replace("&amp;", "&");
    }

    /** "folder/file" of a signed media address ({base}{token}/{expires}/{folder}/{file}): what the token covers. */
    private static String folderAndFile(String address) {
        String[] segments = URI.create(address).getPath().split("/");
        assertTrue(segments.length >= 2, address);
        return segments[segments.length - 2] + "/" + segments[segments.length - 1];
    }

    private static double durationOf(ChromeDriver browser, WebElement video) {
        return await("the player knows the episode's duration").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> browser.executeScript("return isFinite(arguments[0].duration) ? arguments[0].duration : 0;",
                        video) instanceof Number n ? n.doubleValue() : 0.0, seconds -> seconds > 0);
    }
}
