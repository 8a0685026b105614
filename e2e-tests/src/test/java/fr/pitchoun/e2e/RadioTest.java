package fr.pitchoun.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static fr.pitchoun.e2e.SiteViewer.HTTP;
import static fr.pitchoun.e2e.SiteViewer.currentTime;
import static fr.pitchoun.e2e.SiteViewer.get;
import static fr.pitchoun.e2e.SiteViewer.mediaErrors;
import static fr.pitchoun.e2e.SiteViewer.watchErrors;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo radios through every real part: the test infrastructure's demo radios (deploy/local/lib/demo-radio.sh:
 * Pitchoun Radio's live HLS with ID3 titles, Pitchoun Comptines on Icecast with ICY titles, both relayed by the test
 * NGINX), cms-service's demo radios pointing at them, the site's page, played by headless Chromium. Each plays only
 * when asked, and its « En ce moment » line shows the title its stream carries, not the editor's text.
 */
@ExtendWith(TestPlatform.class)
class RadioTest {

    private static final String RADIOS = TestPlatform.HLS_URL.replace("/hls/", "/radios/");
    private static final List<String> PITCHOUN_RADIO_SONGS = List.of("La chanson du petit nuage",
            "Le train des animaux", "La berceuse des étoiles");
    private static final List<String> COMPTINES_SONGS = List.of("La comptine des couleurs", "L'escargot pressé",
            "Le doudou qui danse");

    @Test
    void theHlsRadiosSegmentsOpenWithTheId3TagOfPackedAudioAndTheSongsTitle() throws Exception {
        String playlist = fetch(RADIOS + "pitchoun-radio/live.m3u8").body();
        String segment = playlist.lines().filter(line -> line.endsWith(".aac")).findFirst()
                .orElseThrow(() -> new AssertionError("no segment in " + playlist));
        byte[] bytes = HTTP.send(HttpRequest.newBuilder(URI.create(RADIOS + "pitchoun-radio/" + segment)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();

        String tag = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
        assertTrue(tag.startsWith("ID3\u0004"), "an ID3v2.4 tag first");
        assertTrue(tag.contains("PRIV") && tag.contains("com.apple.streaming.transportStreamTimestamp"),
                "the timestamp packed audio needs");
        assertTrue(tag.contains("TIT2") && PITCHOUN_RADIO_SONGS.stream().anyMatch(tag::contains),
                "the title of its song: " + tag);
        assertTrue(playlist.contains("#EXT-X-MEDIA-SEQUENCE:") && !playlist.contains("#EXT-X-ENDLIST"), "live");
    }

    @Test
    void pitchounRadioPlaysItsHlsWithHlsJsAndShowsTheTitleItsStreamCarries() throws Exception {
        ChromeDriver browser = HeadlessChromium.start(TestPlatform.get().workDir);
        try {
            browser.get(TestPlatform.SITE_URL + "/radios");
            WebElement radio = browser.findElement(By.cssSelector("article[aria-labelledby='radio-pitchoun-radio']"));
            WebElement audio = radio.findElement(By.cssSelector("audio[data-hls]"));
            WebElement nowPlaying = radio.findElement(By.cssSelector(".titre-en-cours"));
            assertEquals("Henri Dès — Le beau vélo", nowPlaying.getText(), "the editor's text until it plays");
            playsWhenAskedAndShowsOneOf(PITCHOUN_RADIO_SONGS, browser, audio, nowPlaying);
            assertEquals("À l’écoute.", radio.findElement(By.cssSelector(".statut")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void pitchounComptinesPlaysItsIcecastMp3AndShowsItsIcyTitleReadByTheSite() throws Exception {
        String answer = get(null, "/radios/pitchoun-comptines/en-ce-moment").body();
        assertTrue(answer.contains("\"source\":\"flux\"") && COMPTINES_SONGS.stream().anyMatch(answer::contains),
                "the site reads the ICY title: " + answer);

        ChromeDriver browser = HeadlessChromium.start(TestPlatform.get().workDir);
        try {
            browser.get(TestPlatform.SITE_URL + "/radios");
            WebElement radio = browser.findElement(
                    By.cssSelector("article[aria-labelledby='radio-pitchoun-comptines']"));
            WebElement audio = radio.findElement(By.cssSelector("audio"));
            assertTrue(audio.findElement(By.cssSelector("source")).getAttribute("src").endsWith(".mp3"));
            WebElement nowPlaying = radio.findElement(By.cssSelector(".titre-en-cours"));
            playsWhenAskedAndShowsOneOf(COMPTINES_SONGS, browser, audio, nowPlaying);
        } finally {
            browser.quit();
        }
    }

    /**
     * No autoplay (paused at 0 a second after the page is shown); once asked, currentTime advances and the « En ce
     * moment » line shows one of {@code songs}: the stream's own title.
     */
    private static void playsWhenAskedAndShowsOneOf(List<String> songs, ChromeDriver browser, WebElement audio,
                                                    WebElement nowPlaying) throws Exception {
        Thread.sleep(1000);
        assertEquals(Boolean.TRUE, browser.executeScript("return arguments[0].paused;", audio), "no autoplay");
        assertEquals(0.0, currentTime(browser, audio));

        watchErrors(browser, audio);
        browser.executeScript("arguments[0].play();", audio);
        await("the radio plays").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> currentTime(browser, audio) > 1);
        double started = currentTime(browser, audio);
        await("the title its stream carries").atMost(Duration.ofSeconds(20))
                .until(() -> songs.contains(nowPlaying.getText()));
        await("playback goes on").atMost(Duration.ofSeconds(20))
                .until(() -> currentTime(browser, audio) > started + 4);
        assertEquals(null, mediaErrors(browser), "no media error");
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response;
    }
}
