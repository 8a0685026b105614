package fr.pitchoun.transcode.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.transcode.Channels;
import fr.pitchoun.transcode.PlaylistWatch;
import fr.pitchoun.transcode.StreamStateTopic;
import fr.pitchoun.transcode.TestMedia;
import fr.pitchoun.transcode.hls.MediaPlaylist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A crashed or stuck FFmpeg is replaced while the slate holds the channel, and each state is published to Kafka. */
@QuarkusTest
class SupervisionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "pitchoun.transcode.hls-dir")
    Path hlsDir;

    @Test
    void aKilledOrStuckFfmpegIsReplacedWhileTheSlateHoldsTheChannel() throws Exception {
        Path feed = TestMedia.feed(640, 360, 40);
        String channel = StreamStateTopic.uniqueChannel("tw-sup");
        try (StreamStateTopic topic = new StreamStateTopic();
             PlaylistWatch watch = new PlaylistWatch(hlsDir.resolve(channel).resolve("480p.m3u8"));
             PlaylistWatch audioWatch = new PlaylistWatch(hlsDir.resolve(channel).resolve("audio.m3u8"))) {
            topic.publishing(channel, feed.toString());
            try {
                long first = Channels.awaitState(channel, "LIVE", Duration.ofSeconds(30)).getLong("ffmpegPid");

                // Crash: SIGKILL. The slate fills the next slot, then a new FFmpeg brings the feed back.
                Instant killed = Instant.now();
                ProcessHandle.of(first).orElseThrow().destroyForcibly();
                watch.awaitNext("the slate", MediaPlaylist.Segment::discontinuity, Duration.ofSeconds(6));
                long second = awaitLiveAgain(channel, first, 1);
                assertTrue(watch.longestGapSince(killed).compareTo(LadderTest.SWITCH_BOUND) <= 0,
                        "gap " + watch.longestGapSince(killed));

                // Stuck: SIGSTOP. No segment for 3 segment durations: killed and replaced.
                Instant stopped = Instant.now();
                assertEquals(0, new ProcessBuilder("kill", "-STOP", Long.toString(second)).start().waitFor());
                awaitLiveAgain(channel, second, 2);
                assertTrue(Duration.between(stopped, Instant.now()).toSeconds() < 20);
                assertTrue(watch.longestGapSince(stopped).compareTo(LadderTest.SWITCH_BOUND) <= 0,
                        "gap " + watch.longestGapSince(stopped));
                given().get("/q/metrics").then().statusCode(200)
                        .body(containsString("pitchoun_transcode_channel_restarts_total{channel=\"" + channel + "\"} 2.0"));
                LadderTest.assertSameSlots(watch.seen(), audioWatch.seen());
            } finally {
                topic.unpublished(channel);
            }
        }

        List<ConsumerRecord<String, String>> records = StreamStateTopic.read("pitchoun.live.transcode-state",
                r -> channel.equals(r.key()), 7, Duration.ofSeconds(20));
        List<String> states = records.stream().map(r -> field(r.value(), "state")).toList();
        List<String> times = records.stream().map(r -> field(r.value(), "occurredAt")).toList();
        assertEquals(List.of("SLATE", "STARTING", "LIVE", "SLATE", "STARTING", "LIVE", "SLATE"), states.subList(0, 7),
                "transcode states of " + channel + ": " + states + " at " + times);
        JsonNode stalled = records.stream().map(r -> read(r.value()))
                .filter(v -> v.path("reason").asText().startsWith("FFmpeg stalled")).findFirst().orElseThrow();
        assertEquals(1, stalled.path("schemaVersion").asInt());
        assertEquals(channel, stalled.path("channel").asText());
        assertEquals(List.of("480p"), JSON.convertValue(stalled.path("renditions"), List.class));
    }

    private static long awaitLiveAgain(String channel, long previousPid, int restarts) {
        JsonPath live = await("a new FFmpeg live on " + channel).atMost(Duration.ofSeconds(25))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Channels.status(channel), s -> "LIVE".equals(s.getString("state"))
                        && s.getLong("ffmpegPid") != previousPid);
        long pid = live.getLong("ffmpegPid");
        assertEquals(restarts, live.getInt("restarts"));
        return pid;
    }

    private static String field(String json, String name) {
        return read(json).path(name).asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }
}
