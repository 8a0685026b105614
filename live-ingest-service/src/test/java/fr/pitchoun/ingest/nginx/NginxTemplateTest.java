package fr.pitchoun.ingest.nginx;

import fr.pitchoun.ingest.publication.Publication;
import fr.pitchoun.ingest.testsupport.AdminTokens;
import fr.pitchoun.ingest.testsupport.PrivateNginx;
import fr.pitchoun.ingest.testsupport.StreamStateTopic;
import fr.pitchoun.ingest.testsupport.TestChannels;
import fr.pitchoun.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/nginx's template rendered and run by a real NGINX-RTMP on spare ports, calling this service: signed HLS
 * playback, the stream key renamed to the slug, the on_update heartbeat, and a rotated key's publisher dropped.
 */
@QuarkusTest
class NginxTemplateTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CHANNEL = "pitchoun-tv";
    private static PrivateNginx nginx;

    @TestHTTPResource("/")
    URL service;

    @Inject
    Outbox outbox;

    @BeforeEach
    void startNginx() throws Exception {
        if (nginx == null) {
            Path dir = Path.of("target", "private-nginx").toAbsolutePath();
            nginx = PrivateNginx.start(service.getPort(), dir);
        }
    }

    @AfterAll
    static void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
            nginx = null;
        }
    }

    @Test
    void hlsIsServedOnlyUnderAValidTokenForItsChannel() throws Exception {
        Path channelDir = Files.createDirectories(nginx.hlsDir().resolve(CHANNEL).resolve("720p"));
        Files.writeString(channelDir.getParent().resolve("master.m3u8"), "#EXTM3U\n720p/index.m3u8\n");
        Files.writeString(channelDir.resolve("index.m3u8"), "#EXTM3U\nseg1.ts\n");
        Files.write(channelDir.resolve("seg1.ts"), new byte[188]);
        Files.createDirectories(nginx.hlsDir().resolve("pitchoun-junior"));
        Files.writeString(nginx.hlsDir().resolve("pitchoun-junior").resolve("master.m3u8"), "#EXTM3U\n");

        long expires = Instant.now().plusSeconds(600).getEpochSecond();
        String token = PrivateNginx.token(expires, CHANNEL, PrivateNginx.SECRET);
        assertEquals(token, PrivateNginx.tokenFromShell(expires, CHANNEL, PrivateNginx.SECRET),
                "the README's shell recipe mints the same token");

        HttpResponse<String> master = get(PrivateNginx.signedUrl(token, expires, CHANNEL, "master.m3u8"));
        assertEquals(200, master.statusCode());
        assertEquals("#EXTM3U\n720p/index.m3u8\n", master.body());
        assertEquals("application/vnd.apple.mpegurl", master.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-cache", master.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("*", master.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        // The variant playlist and its segments, at the relative URIs the master gives, inherit the token.
        assertEquals(200, get(PrivateNginx.signedUrl(token, expires, CHANNEL, "720p/index.m3u8")).statusCode());
        HttpResponse<String> segment = get(PrivateNginx.signedUrl(token, expires, CHANNEL, "720p/seg1.ts"));
        assertEquals(200, segment.statusCode());
        assertTrue(segment.headers().firstValue("Cache-Control").isEmpty(), "segments may be cached");

        long past = Instant.now().minusSeconds(5).getEpochSecond();
        assertEquals(403, get(PrivateNginx.signedUrl(PrivateNginx.token(past, CHANNEL, PrivateNginx.SECRET), past,
                CHANNEL, "master.m3u8")).statusCode(), "expired");
        assertEquals(403, get(PrivateNginx.signedUrl(PrivateNginx.token(expires, CHANNEL, "guessed-secret-value"),
                expires, CHANNEL, "master.m3u8")).statusCode(), "forged");
        assertEquals(403, get(PrivateNginx.signedUrl(token, expires + 3600, CHANNEL, "master.m3u8")).statusCode(),
                "extended");
        assertEquals(403, get(PrivateNginx.signedUrl(token, expires, "pitchoun-junior", "master.m3u8")).statusCode(),
                "another channel");
        assertEquals(404, get(URI.create("http://127.0.0.1:" + PrivateNginx.HTTP_PORT + "/hls/" + CHANNEL
                + "/master.m3u8")).statusCode(), "unsigned");
    }

    @Test
    void theControlRoomIsRenamedKeptAliveAndDroppedOnceItsKeyIsRotated() throws Exception {
        try (TestChannels channels = new TestChannels();
             StreamStateTopic topic = StreamStateTopic.afterOutbox(outbox)) {
            TestChannels.Created channel = channels.create("NGINX");
            Process encoder = publishTestPattern(channel.streamKey());
            try {
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                        given().get("/api/channels/" + channel.slug()).then().body("live", equalTo(true)));
                topic.nextNew(channel.slug(), "PUBLISHING");

                // The feed is pulled under the slug; the key is no stream name.
                assertEquals(0, probe(channel.slug()), "the stream is renamed to " + channel.slug());
                assertNotEquals(0, probe(channel.streamKey()), "nothing is published under the key");

                // NGINX confirms the publisher every second: its heartbeat moves on.
                Instant started = lastSeen(channel.slug());
                await().atMost(Duration.ofSeconds(10)).until(() -> lastSeen(channel.slug()).isAfter(started));

                given().auth().oauth2(AdminTokens.admin()).post("/api/admin/channels/" + channel.slug() + "/stream-key")
                        .then().statusCode(200);
                assertTrue(encoder.waitFor(10, TimeUnit.SECONDS), "NGINX drops the publisher of the old key");
                topic.nextNew(channel.slug(), "UNPUBLISHED");
                given().get("/api/channels/" + channel.slug()).then().body("live", equalTo(false));
                assertEquals(List.of(), topic.all(List.of(channel.slug()), Duration.ofSeconds(2)),
                        "publish_done after the drop announces nothing more");
            } finally {
                encoder.destroyForcibly().waitFor();
            }
        }
    }

    /** The control room's encoder: a small test pattern, at its real pace, for a minute at most. */
    private static Process publishTestPattern(String streamKey) throws IOException {
        return new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-t", "60",
                "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-f", "flv", PrivateNginx.rtmpUrl(streamKey))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** ffprobe's exit code reading the RTMP stream of that name as the transcoder would (0 = a stream is there). */
    private static int probe(String streamName) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-rw_timeout", "5000000", "-analyzeduration", "500000",
                PrivateNginx.rtmpUrl(streamName))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!probe.waitFor(15, TimeUnit.SECONDS)) {
            probe.destroyForcibly().waitFor();
        }
        return probe.exitValue();
    }

    private static Instant lastSeen(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Publication.<Publication>find(
                "channel.slug = ?1 and endedAt is null", slug).firstResult().lastSeenAt);
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
