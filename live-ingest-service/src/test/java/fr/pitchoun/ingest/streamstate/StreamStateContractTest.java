package fr.pitchoun.ingest.streamstate;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.contracts.TopicContract;
import fr.pitchoun.ingest.testsupport.StreamStateTopic;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static fr.pitchoun.ingest.testsupport.NginxCallbacks.newClient;
import static fr.pitchoun.ingest.testsupport.NginxCallbacks.publish;
import static fr.pitchoun.ingest.testsupport.NginxCallbacks.publishDone;

/**
 * What this service really puts on pitchoun.live.stream-state, read back from the test broker, follows the topic's
 * contract (deploy/contracts/pitchoun.live.stream-state/schema.json), for both states.
 */
@QuarkusTest
class StreamStateContractTest {

    private static final String DEMO_KEY = "demo-pitchoun-tv-key";

    private final TopicContract contract = TopicContract.of(StreamStateTopic.TOPIC);

    @Test
    void publishingAndUnpublishedEventsFollowTheContract() throws Exception {
        try (StreamStateTopic topic = StreamStateTopic.fromNow()) {
            String client = newClient();
            publish(DEMO_KEY, client).statusCode(302);
            JsonNode publishing = topic.nextNew("pitchoun-tv", "PUBLISHING");
            publishDone(DEMO_KEY, client);
            JsonNode unpublished = topic.nextNew("pitchoun-tv", "UNPUBLISHED");

            contract.assertValid(publishing.toString());
            contract.assertValid(unpublished.toString());
        }
    }
}
