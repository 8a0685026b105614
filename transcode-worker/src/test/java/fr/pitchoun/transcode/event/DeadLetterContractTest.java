package fr.pitchoun.transcode.event;

import fr.pitchoun.contracts.DeadLetter;
import fr.pitchoun.contracts.TopicContract;
import fr.pitchoun.transcode.StreamStateTopic;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Through the real topics: every invalid example of the stream-state contract, and a record that is not JSON at all,
 * end on the dead-letter topic, and what the worker writes there follows the dead-letter topic's contract.
 */
@QuarkusTest
class DeadLetterContractTest {

    private final TopicContract streamState = TopicContract.of(StreamStateTopic.TOPIC);
    private final TopicContract deadLetters = TopicContract.of(StreamStateTopic.DLQ);

    @Test
    void refusedRecordsAreDeadLetteredAsTheContractSays() throws Exception {
        String channel = StreamStateTopic.uniqueChannel("tw-dlq-contract");
        List<TopicContract.Example> invalid = streamState.invalidExamples();
        try (StreamStateTopic topic = new StreamStateTopic()) {
            topic.send(channel, "{not json");
            for (TopicContract.Example example : invalid) {
                topic.send(channel, example.json());
            }
        }

        List<ConsumerRecord<String, String>> dead = StreamStateTopic.readDeadLetters(
                record -> channel.equals(record.key()), invalid.size() + 1, Duration.ofSeconds(30));
        assertEquals(invalid.size() + 1, dead.size(), "every refused record is dead-lettered: " + dead);
        assertEquals("{not json", dead.get(0).value());
        for (int i = 0; i < invalid.size(); i++) {
            assertEquals(invalid.get(i).json(), dead.get(i + 1).value(), "the value as it came: " + invalid.get(i));
        }
        dead.forEach(record -> deadLetters.assertValid(DeadLetter.asJson(record.key(), record.value(),
                headers(record))));
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
