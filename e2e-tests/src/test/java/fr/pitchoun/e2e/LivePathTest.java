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
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
    /** The test infrastructure's NGINX checks HLS URLs with this secret (deploy/CONTRACTS.md). */
    private static final String HLS_SIGNING_SECRET = "pitchoun-dev-hls-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void demoKeyPublishBecomesAPlayableHlsStream() throws Exception {
        TestPlatform platform = TestPlatform.get();
        Process publisher = publishTestPattern(TestPlatform.DEMO_KEY, 90);
        try {
            String signed = signedChannelUrl(DEMO_CHANNEL);
            List<String> segments = awaitSegments(platform, signed);

            // The newest segment: the feed's, not the slate that covers the channel before the feed is measured.
            Path segment = platform.workDir.resolve("segment.ts");
            HttpResponse<Path> download = HTTP.send(
                    HttpRequest.newBuilder(URI.create(signed + segments.get(segments.size() - 1))).build(),
                    HttpResponse.BodyHandlers.ofFile(segment));
            assertEquals(200, download.statusCode(), "NGINX serves the segment under the signed URL");

            String probe = run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
                    "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "csv=p=0",
                    segment.toString()));
            String[] fields = probe.trim().split(",");
            assertEquals("h264", fields[0], "video codec of " + probe);
            assertTrue(Integer.parseInt(fields[fields.length - 1]) >= 25,
                    "a 2-second segment decodes to at least a second of frames: " + probe);

            viewerSeesTheChannelPlayOnTheLivePage(platform);
        } finally {
            publisher.destroyForcibly().waitFor();
        }
    }

    /**
     * A MyPitchoun+ viewer signs in on the site's /connexion page and lands on /direct, which, in headless Chromium,
     * plays the channel from its signed address: the video's clock moves on.
     */
    private static void viewerSeesTheChannelPlayOnTheLivePage(TestPlatform platform) throws IOException {
        ChromeDriver browser = HeadlessChromium.start(platform.workDir);
        try {
            browser.get(TestPlatform.SITE_URL + "/connexion?retour=/direct");
            browser.findElement(By.id("email")).sendKeys("mypitchoun-plus@demo.pitchoun.fr");
            browser.findElement(By.id("motDePasse")).sendKeys("pitchoun");
            browser.findElement(By.cssSelector("form.formulaire button[type=submit]")).click();
            await("signed in and sent back to /direct").atMost(Duration.ofSeconds(10))
                    .until(() -> browser.getCurrentUrl().endsWith("/direct"));
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
        } finally {
            browser.quit();
        }
    }

    /** The segments of the master playlist's first (highest) variant, once it lists two. */
    private static List<String> awaitSegments(TestPlatform platform, String signed) {
        String masterUrl = signed + "master.m3u8";
        return await("HLS master playlist whose first variant lists two segments at " + masterUrl
                + " (logs: " + platform.ingest.log() + ", " + platform.worker.log() + ")")
                .atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    List<String> variants = segmentsOf(masterUrl);
                    return variants.isEmpty() ? List.<String>of() : segmentsOf(signed + variants.get(0));
                }, list -> list.size() >= 2);
    }

    /**
     * {@code {HLS base}/{token}/{expires}/{channel}/}, valid for an hour, as deploy/CONTRACTS.md ("Protected playback")
     * has viewers' URLs minted: token = base64url_nopad(MD5("{expires}/{channel} {secret}")).
     */
    private static String signedChannelUrl(String channel) throws NoSuchAlgorithmException {
        long expires = Instant.now().getEpochSecond() + 3600;
        byte[] digest = MessageDigest.getInstance("MD5")
                .digest((expires + "/" + channel + " " + HLS_SIGNING_SECRET).getBytes(StandardCharsets.UTF_8));
        return HLS_URL + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "/" + expires + "/"
                + channel + "/";
    }

    @Test
    void wrongStreamKeyIsRefusedAndNothingIsPublished() throws Exception {
        Process publisher = publishTestPattern("not-a-valid-key", 10);
        boolean exited = publisher.waitFor(20, TimeUnit.SECONDS);
        if (!exited) {
            publisher.destroyForcibly().waitFor();
        }
        assertTrue(exited, "NGINX hangs up on a refused publisher instead of letting it stream");
        assertNotEquals(0, publisher.exitValue(), "FFmpeg reports the refused publish as a failure");
        HttpResponse<Void> playlist = HTTP.send(
                HttpRequest.newBuilder(URI.create(HLS_URL + "not-a-valid-key/index.m3u8")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(404, playlist.statusCode(), "no stream exists under the refused key");
    }

    /** The control room's encoder: a 640x360 25 fps test pattern with a tone, as RTMP/FLV. */
    private static Process publishTestPattern(String streamKey, int seconds) throws IOException {
        Path workDir = TestPlatform.get().workDir;
        return new ProcessBuilder(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-t", Integer.toString(seconds),
                "-c:v", "libx264", "-preset", "veryfast", "-g", "50", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-f", "flv", TestPlatform.RTMP_URL + streamKey))
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("publisher-" + streamKey + ".log").toFile())
                .start();
    }

    private static List<String> segmentsOf(String playlistUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(playlistUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return List.of();
        }
        return response.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed: " + output);
        return output;
    }
}
