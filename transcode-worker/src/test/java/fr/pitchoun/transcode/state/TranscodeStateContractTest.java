package fr.pitchoun.transcode.state;

import fr.pitchoun.contracts.TopicContract;
import fr.pitchoun.transcode.Channels;
import fr.pitchoun.transcode.StreamStateTopic;
import fr.pitchoun.transcode.TestMedia;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the worker really writes on pitchoun.live.transcode-state while a channel goes on air and off again (slate,
 * starting, live, slate), read back from the test broker, follows the topic's contract.
 */
@QuarkusTest
class TranscodeStateContractTest {

    private static final String TOPIC = "pitchoun.live.transcode-state";

    private final TopicContract contract = TopicContract.of(TOPIC);

    @Test
    void everyStateOfAChannelFollowsTheContract() throws Exception {
        Path feed = TestMedia.feed(640, 360, 20);
        String channel = StreamStateTopic.uniqueChannel("tw-contract");
        try (StreamStateTopic topic = new StreamStateTopic()) {
            topic.publishing(channel, feed.toString());
            try {
                Channels.awaitState(channel, "LIVE", Duration.ofSeconds(30));
            } finally {
                topic.unpublished(channel);
            }
        }

        List<ConsumerRecord<String, String>> records = StreamStateTopic.read(TOPIC,
                record -> channel.equals(record.key()), 4, Duration.ofSeconds(20));
        assertEquals(4, records.size(), "transcode states of " + channel + ": " + records);
        records.forEach(record -> contract.assertValid(record.value()));
    }
}
