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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control room's path to a viewer, with every real part: an FFmpeg publisher pushes RTMP to NGINX, whose
 * on_publish asks live-ingest-service to check the stream key; the accepted stream becomes a Kafka event that
 * transcode-worker turns into HLS, which NGINX serves and the site's live page plays in a browser.
 */
@ExtendWith(TestPlatform.class)
class LivePathTest {

    private static final String DEMO_CHANNEL = TestPlatform.DEMO_CHANNEL;
    private static final String HLS_URL = TestPlatform.HLS_URL;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void demoKeyPublishBecomesAPlayableHlsStream() throws Exception {
        TestPlatform platform = TestPlatform.get();
        // The control room's feed; replaced when the test makes it drop and come back.
        Process[] feed = {LiveHls.publishTestPattern(TestPlatform.DEMO_KEY, 180)};
        try {
            String signed = LiveHls.signedChannelUrl(DEMO_CHANNEL);
            awaitSegments(platform, signed);
            // The slate may cover the channel until the worker has measured the feed: take a segment listed after
            // the worker says the feed is on air.
            await("transcode-worker puts the feed on air (log: " + platform.worker.log() + ")")
                    .atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                    .until(() -> LiveHls.isLiveOn(platform.worker));
            String variant = LiveHls.firstVariantUrl(signed);
            String lastAtLive = lastOf(LiveHls.entriesOf(variant));
            String liveSegment = await("a new segment from the feed").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> lastOf(LiveHls.entriesOf(variant)), last -> last != null && !last.equals(lastAtLive));

            Path segment = download(signed + liveSegment, platform.workDir.resolve("segment.ts"));
            Probe probe = probe(segment);
            assertEquals("", probe.errors(), "the segment decodes without a decoder error");
            assertEquals("h264,640,360", probe.stream(), "the feed's 640x360 picture, never upscaled");
            assertTrue(probe.frames() >= 45, "a 2-second segment at 25 fps holds about 50 frames: " + probe);

            // The sound comes apart, in the audio rendition every variant refers to, slot for slot (same number).
            String audio = LiveHls.audioRenditionUrl(signed);
            assertTrue(audio != null, "the master declares an audio rendition: " + LiveHls.playlist(signed + "master.m3u8"));
            String slot = liveSegment.substring(liveSegment.lastIndexOf('_'));
            String audioEntry = LiveHls.entriesOf(audio).stream().filter(entry -> entry.endsWith(slot)).findFirst()
                    .orElseThrow(() -> new AssertionError("no audio segment for the slot of " + liveSegment));
            Path audioSegment = download(signed + audioEntry, platform.workDir.resolve("audio-segment.ts"));
            assertEquals("aac,48000,2", audioOf(audioSegment), "the feed's sound, as AAC 48 kHz stereo");

            viewerWatchesTheChannelThroughAFeedDrop(platform, signed, feed);
        } finally {
            feed[0].destroyForcibly().waitFor();
        }
    }

    /**
     * A MyPitchoun+ viewer signs in on the site's /connexion page and lands on /direct/pitchoun-tv, which, in headless
     * Chromium, plays the channel from its signed address: the video's clock moves on. Then the control room's feed
     * drops (the standby slate goes on air after a discontinuity) and comes back (live again after another one): the
     * player keeps playing through both switches.
     */
    private static void viewerWatchesTheChannelThroughAFeedDrop(TestPlatform platform, String signed, Process[] feed)
            throws Exception {
        ChromeDriver browser = HeadlessChromium.start(platform.workDir);
        try {
            browser.get(TestPlatform.SITE_URL + "/connexion?retour=/direct/" + DEMO_CHANNEL);
            browser.findElement(By.id("email")).sendKeys("mypitchoun-plus@demo.pitchoun.fr");
            browser.findElement(By.id("motDePasse")).sendKeys("pitchoun");
            browser.findElement(By.cssSelector("form.formulaire button[type=submit]")).click();
            await("signed in and sent back to the channel's page").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.getCurrentUrl().endsWith("/direct/" + DEMO_CHANNEL));
            assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
            WebElement video = browser.findElement(By.tagName("video"));
            // A viewer presses play; muted so that no autoplay policy stands in the way.
            browser.executeScript("arguments[0].muted = true; arguments[0].play();", video);
            double playedSeconds = await("the live page's video plays (browser log: chromedriver.log)")
                    .atMost(Duration.ofSeconds(40))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> ((Number) browser.executeScript("return arguments[0].currentTime;", video))
                            .doubleValue(), seconds -> seconds > 3.0);
            assertTrue(playedSeconds > 3.0);
            assertEquals(Boolean.FALSE, browser.executeScript("return arguments[0].paused;", video),
                    "the video is still playing");

            String variant = LiveHls.firstVariantUrl(signed);
            long discontinuities = discontinuitiesOf(variant);
            feed[0].destroyForcibly().waitFor();
            await("the slate follows the dropped feed after a discontinuity").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> discontinuitiesOf(variant) > discontinuities);
            keepsPlaying(browser, video, "through the switch to the slate");

            long slateDiscontinuities = discontinuitiesOf(variant);
            feed[0] = LiveHls.publishTestPattern(TestPlatform.DEMO_KEY, 120);
            await("the channel goes live again after a discontinuity").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> discontinuitiesOf(variant) > slateDiscontinuities);
            keepsPlaying(browser, video, "through the switch back to live");
        } finally {
            browser.quit();
        }
    }

    /** The video's clock moves on by at least 4 seconds over the next 8, and the player reports no error. */
    private static void keepsPlaying(ChromeDriver browser, WebElement video, String when) {
        double start = ((Number) browser.executeScript("return arguments[0].currentTime;", video)).doubleValue();
        await("the video keeps playing " + when).atMost(Duration.ofSeconds(8))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ((Number) browser.executeScript("return arguments[0].currentTime;", video))
                        .doubleValue() - start, advance -> advance >= 4.0);
        assertEquals(null, browser.executeScript("return arguments[0].error && arguments[0].error.message;", video),
                "the video element reports no error " + when);
    }

    /** How many discontinuities a media playlist has seen: EXT-X-DISCONTINUITY-SEQUENCE plus those it lists. */
    private static long discontinuitiesOf(String mediaPlaylistUrl) throws IOException, InterruptedException {
        String playlist = LiveHls.playlist(mediaPlaylistUrl);
        long before = playlist.lines().filter(line -> line.startsWith("#EXT-X-DISCONTINUITY-SEQUENCE:"))
                .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).trim()))
                .findFirst().orElse(0);
        return before + playlist.lines().filter(line -> line.equals("#EXT-X-DISCONTINUITY")).count();
    }

    /** The segments of the master playlist's first (highest) variant, once it lists two. */
    private static List<String> awaitSegments(TestPlatform platform, String signed) {
        String masterUrl = signed + "master.m3u8";
        return await("HLS master playlist whose first variant lists two segments at " + masterUrl
                + " (logs: " + platform.ingest.log() + ", " + platform.worker.log() + ")")
                .atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    String variant = LiveHls.firstVariantUrl(signed);
                    return variant == null ? List.<String>of() : LiveHls.entriesOf(variant);
                }, list -> list.size() >= 2);
    }

    @Test
    void wrongStreamKeyIsRefusedAndNothingIsPublished() throws Exception {
        Process publisher = LiveHls.publishTestPattern("not-a-valid-key", 10);
        boolean exited = publisher.waitFor(20, TimeUnit.SECONDS);
        if (!exited) {
            publisher.destroyForcibly().waitFor();
        }
        assertTrue(exited, "NGINX hangs up on a refused publisher instead of letting it stream");
        assertNotEquals(0, publisher.exitValue(), "FFmpeg reports the refused publish as a failure");
        // Even with a valid signature, nothing is served under the refused key.
        HttpResponse<Void> playlist = HTTP.send(
                HttpRequest.newBuilder(URI.create(LiveHls.signedChannelUrl("not-a-valid-key") + "master.m3u8")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(404, playlist.statusCode(), "no stream exists under the refused key");
    }

    /** What ffprobe decodes of a segment's video: codec and size, frames, and any decoding error it reports. */
    private record Probe(String stream, int frames, String errors) {
    }

    /** Downloads a file NGINX serves; asserts it answers 200. */
    private static Path download(String url, Path file) throws IOException, InterruptedException {
        HttpResponse<Path> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                // TRUNCATE_EXISTING: ofFile(path) alone leaves the tail of a longer file from an earlier run.
                HttpResponse.BodyHandlers.ofFile(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING));
        assertEquals(200, response.statusCode(), "NGINX serves " + url + " under the signed URL");
        return file;
    }

    /** ffprobe's codec, sample rate and channels of a file's first audio stream. */
    private static String audioOf(Path segment) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("ffprobe", "-v", "error", "-select_streams", "a:0",
                "-show_entries", "stream=codec_name,sample_rate,channels", "-of", "csv=p=0", segment.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, process.waitFor(), "ffprobe failed: " + output);
        return output.lines().findFirst().orElse("");
    }

    private static Probe probe(Path segment) throws IOException, InterruptedException {
        Path errors = segment.resolveSibling("ffprobe-errors.txt");
        Process process = new ProcessBuilder(List.of("ffprobe", "-v", "error", "-select_streams", "v:0",
                "-count_frames", "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "csv=p=0",
                segment.toString()))
                .redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, process.waitFor(), "ffprobe failed: " + Files.readString(errors));
        String[] fields = output.lines().findFirst().orElse("").split(",");
        assertEquals(4, fields.length, "ffprobe's answer: " + output);
        return new Probe(fields[0] + "," + fields[1] + "," + fields[2], Integer.parseInt(fields[3]),
                Files.readString(errors).trim());
    }

    private static String lastOf(List<String> entries) {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }
}
