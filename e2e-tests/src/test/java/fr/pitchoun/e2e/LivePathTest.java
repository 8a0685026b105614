package fr.pitchoun.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control room's path to a viewer, with every real part: an FFmpeg publisher pushes RTMP to NGINX, whose
 * on_publish asks live-ingest-service to check the stream key; the accepted stream becomes a Kafka event that
 * transcode-worker turns into HLS, which NGINX serves. Needs the test infrastructure of `deploy/local/pitchoun test`
 * (MariaDB 23306, Kafka 29092, NGINX RTMP 21935 / HTTP 28088 with on_publish pointing at port 28084).
 */
class LivePathTest {

    private static final String DEMO_CHANNEL = "pitchoun-tv";
    private static final String DEMO_KEY = "demo-pitchoun-tv-key";
    private static final String RTMP_URL = "rtmp://127.0.0.1:21935/live/";
    private static final String HLS_URL = "http://127.0.0.1:28088/hls/";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Path workDir;
    private static ServiceProcess ingest;
    private static ServiceProcess worker;

    @BeforeAll
    static void startServices() throws IOException {
        Path repo = Path.of(System.getProperty("pitchoun.repo.dir", "..")).toAbsolutePath().normalize();
        Path state = Path.of(System.getenv().getOrDefault("PITCHOUN_TEST_STATE_DIR", repo.resolve(".pitchoun/test").toString()));
        Path hlsDir = Path.of(System.getenv().getOrDefault("PITCHOUN_TEST_HLS_DIR", state.resolve("hls").toString()));
        workDir = Files.createDirectories(state.resolve("e2e"));
        Path logs = workDir.resolve("logs");
        deleteRecursively(hlsDir.resolve(DEMO_CHANNEL));

        ingest = ServiceProcess.start(repo, logs, "live-ingest-service", 28084, Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://127.0.0.1:23306/ingest",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092",
                "PITCHOUN_INGEST_RTMP_PULL_PORT", "21935"));
        worker = ServiceProcess.start(repo, logs, "transcode-worker", 28085, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092",
                "PITCHOUN_TRANSCODE_HLS_DIR", hlsDir.toString()));
    }

    @AfterAll
    static void stopServices() throws InterruptedException {
        if (worker != null) {
            worker.close();
        }
        if (ingest != null) {
            ingest.close();
        }
    }

    @Test
    void demoKeyPublishBecomesAPlayableHlsStream() throws Exception {
        Process publisher = publishTestPattern(DEMO_KEY, 40);
        try {
            String playlistUrl = HLS_URL + DEMO_CHANNEL + "/index.m3u8";
            List<String> segments = await("HLS playlist with two segments at " + playlistUrl
                    + " (logs: " + ingest.log() + ", " + worker.log() + ")")
                    .atMost(Duration.ofSeconds(45))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> segmentsOf(playlistUrl), list -> list.size() >= 2);

            Path segment = workDir.resolve("segment.ts");
            HttpResponse<Path> download = HTTP.send(
                    HttpRequest.newBuilder(URI.create(HLS_URL + DEMO_CHANNEL + "/" + segments.get(0))).build(),
                    HttpResponse.BodyHandlers.ofFile(segment));
            assertEquals(200, download.statusCode(), "NGINX serves the segment");

            String probe = run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
                    "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "csv=p=0",
                    segment.toString()));
            String[] fields = probe.trim().split(",");
            assertEquals("h264", fields[0], "video codec of " + probe);
            assertTrue(Integer.parseInt(fields[fields.length - 1]) >= 25,
                    "a 2-second segment decodes to at least a second of frames: " + probe);
        } finally {
            publisher.destroyForcibly().waitFor();
        }
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
        return new ProcessBuilder(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-t", Integer.toString(seconds),
                "-c:v", "libx264", "-preset", "veryfast", "-g", "50", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-f", "flv", RTMP_URL + streamKey))
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

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
