package fr.pitchoun.transcode.event;

import fr.pitchoun.transcode.StreamStateTopic;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records the worker cannot act on go to the dead-letter topic with their reason, and consumption goes on. */
@QuarkusTest
class DeadLetterTest {

    @Test
    void badRecordsLandOnTheDeadLetterTopicAndTheNextOneIsStillProcessed() throws Exception {
        String channel = StreamStateTopic.uniqueChannel("tw-dlq");
        // All three share the key, hence the partition: the valid one is read after the bad ones.
        try (StreamStateTopic topic = new StreamStateTopic()) {
            topic.send(channel, "{not json");
            topic.send(channel, StreamStateTopic.event(99, channel, "PUBLISHING", "rtmp://127.0.0.1:21935/live/x"));
            // A feed that does not exist: FFmpeg fails at once, which shows the record was acted on.
            topic.publishing(channel, "target/test-feeds/missing-" + channel + ".flv");
        }

        List<ConsumerRecord<String, String>> deadLetters = StreamStateTopic.readDeadLetters(
                record -> channel.equals(record.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, deadLetters.size(), "dead letters for " + channel + ": " + deadLetters);
        assertEquals("{not json", deadLetters.get(0).value());
        assertTrue(reason(deadLetters.get(0)).startsWith("not JSON"), reason(deadLetters.get(0)));
        assertTrue(deadLetters.get(1).value().contains("\"schemaVersion\":99"));
        assertTrue(reason(deadLetters.get(1)).contains("unknown schemaVersion 99"), reason(deadLetters.get(1)));

        String reason = await("FFmpeg tried the feed of " + channel).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> given().get("/api/channels").then().statusCode(200).extract().jsonPath()
                        .getString("find { it.channel == '" + channel + "' && it.state == 'FAILED' }.reason"),
                        value -> value != null);
        assertTrue(reason.contains("No such file or directory"), reason);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? "(no dead-letter-reason header)" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
