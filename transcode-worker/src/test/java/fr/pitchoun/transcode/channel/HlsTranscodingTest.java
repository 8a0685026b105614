package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.StreamStateTopic;
import fr.pitchoun.transcode.TestMedia;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stream-state records on the real broker drive a real FFmpeg that writes HLS into the test HLS folder. */
@QuarkusTest
class HlsTranscodingTest {

    private static StreamStateTopic topic;

    @ConfigProperty(name = "pitchoun.transcode.hls-dir")
    Path hlsDir;

    @BeforeAll
    static void connect() {
        topic = new StreamStateTopic();
    }

    @AfterAll
    static void disconnect() {
        topic.close();
    }

    @Test
    void publishingBecomesA720pHlsStreamAndUnpublishedStopsIt() throws Exception {
        // 1080p, to see the 720p cap; longer than the test, so FFmpeg stops on UNPUBLISHED, not at the feed's end.
        Path feed = TestMedia.feed(1920, 1080, 40);
        String channel = StreamStateTopic.uniqueChannel("tw-hd");
        Path playlist = hlsDir.resolve(channel).resolve("index.m3u8");

        topic.publishing(channel, feed.toString());

        List<Path> segments = awaitSegments(playlist, 2);
        for (Path segment : segments) {
            Map<String, String> frame = TestMedia.firstVideoFrame(segment);
            assertEquals("h264", frame.get("codec_name"), segment + ": " + frame);
            assertEquals("1280", frame.get("width"), segment + ": " + frame);
            assertEquals("720", frame.get("height"), segment + ": " + frame);
            assertEquals("1", frame.get("key_frame"), segment + " starts on a keyframe: " + frame);
            assertTrue(TestMedia.decodedFrames(segment) >= 45, segment + " holds about 2 s at 25 fps");
            assertTrue(Files.getPosixFilePermissions(segment).contains(PosixFilePermission.OTHERS_READ),
                    segment + " is readable by NGINX's worker user");
        }
        assertTrue(Files.getPosixFilePermissions(playlist).contains(PosixFilePermission.OTHERS_READ));

        JsonPath live = channelStatus(channel);
        assertEquals("LIVE", live.getString("state"));
        assertNotNull(live.get("lastSegmentAt"), "last segment time: " + live.prettify());
        assertTrue(live.getDouble("speed") > 0.5, "FFmpeg speed: " + live.prettify());
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pitchoun_transcode_channel_state{channel=\"" + channel + "\",state=\"LIVE\"} 1.0"));

        topic.unpublished(channel);

        awaitStopped(channel);
        assertNotEquals(0, channelStatus(channel).getInt("exitCode"), "stopped by a signal, not at the feed's end");
        List<Path> atStop = TestMedia.segments(playlist);
        Thread.sleep(2500);
        assertEquals(atStop, TestMedia.segments(playlist), "no segment is written once stopped");
    }

    @Test
    void aSmallerSourceIsNotUpscaled() throws Exception {
        Path feed = TestMedia.feed(854, 480, 30);
        String channel = StreamStateTopic.uniqueChannel("tw-sd");
        Path playlist = hlsDir.resolve(channel).resolve("index.m3u8");

        topic.publishing(channel, feed.toString());
        try {
            Map<String, String> frame = TestMedia.firstVideoFrame(awaitSegments(playlist, 1).get(0));
            assertEquals("480", frame.get("height"), "height of " + frame);
            assertEquals("854", frame.get("width"), "width of " + frame);
        } finally {
            topic.unpublished(channel);
        }
        awaitStopped(channel);
    }

    private static List<Path> awaitSegments(Path playlist, int count) {
        return await(count + " segment(s) in " + playlist).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> TestMedia.segments(playlist), list -> list.size() >= count);
    }

    private static void awaitStopped(String channel) {
        await("FFmpeg of " + channel + " stopped").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> channelStatus(channel).getString("state"), "STOPPED"::equals);
    }

    private static JsonPath channelStatus(String channel) {
        return given().get("/api/channels").then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.channel == '" + channel + "' }");
    }
}
