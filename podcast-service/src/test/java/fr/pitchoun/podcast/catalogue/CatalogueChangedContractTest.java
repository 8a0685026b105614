package fr.pitchoun.podcast.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.contracts.TopicContract;
import fr.pitchoun.podcast.sync.AushaStandIn;
import fr.pitchoun.podcast.sync.PodcastSync;
import fr.pitchoun.podcast.sync.SyncResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sync that changes the catalogue announces it on pitchoun.podcast.catalogue-changed (the test broker, 29092), as
 * the topic's contract says (deploy/contracts/pitchoun.podcast.catalogue-changed/); a sync that changes nothing is
 * silent. The records are checked as they came (bytes, not re-serialized).
 */
@QuarkusTest
@WithTestResource(AushaStandIn.class)
class CatalogueChangedContractTest {

    private static final String TOPIC = "pitchoun.podcast.catalogue-changed";

    @Inject
    PodcastSync sync;

    @Test
    void aSyncThatChangesTheCatalogueAnnouncesItOnceAndAnUnchangedOneStaysSilent() {
        // The sync at start is over (whatever its outcome): what follows is the only change.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/sync")
                .then().body("result", not(equalTo("NEVER"))));
        Instant start = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            Episode.deleteAll();
            Show.deleteAll();
        });
        try (KafkaConsumer<String, String> topic = consumer()) {
            // A failed sync writes nothing and announces nothing: tried again until Ausha's stand-in answers in time.
            await().atMost(Duration.ofSeconds(30)).until(() -> sync.run().result() == SyncResult.SUCCESS);
            List<ConsumerRecord<String, String>> announced = readSince(topic, start, 1, Duration.ofSeconds(20));
            assertEquals(1, announced.size(), "one event for the sync that refilled the catalogue: " + announced);
            ConsumerRecord<String, String> record = announced.get(0);
            assertEquals("catalogue", record.key());
            TopicContract.of(TOPIC).assertValid(record.value());
            assertTrue(record.value().contains("\"shows\":4") && record.value().contains("\"episodes\":13"),
                    record.value());

            Instant unchangedAt = Instant.now();
            assertEquals(SyncResult.SUCCESS, sync.run().result());
            assertEquals(List.of(), readSince(topic, unchangedAt, 1, Duration.ofSeconds(3)),
                    "a sync that changes nothing announces nothing");
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:29092",
                ConsumerConfig.GROUP_ID_CONFIG, "podcast-test-" + UUID.randomUUID(),
                // From the start, then only what this test's syncs wrote (by the records' time).
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(TOPIC));
        return consumer;
    }

    private static List<ConsumerRecord<String, String>> readSince(KafkaConsumer<String, String> topic, Instant since,
                                                                  int atLeast, Duration within) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(within);
        while (found.size() < atLeast && Instant.now().isBefore(deadline)) {
            topic.poll(Duration.ofMillis(200)).forEach(record -> {
                // By when the change happened (the event's occurredAt), not when the outbox relay sent it: an
                // event of the sync at start may leave after this test began.
                if (!occurredAt(record.value()).isBefore(since)) {
                    found.add(record);
                }
            });
        }
        return found;
    }

    private static Instant occurredAt(String event) {
        try {
            return Instant.parse(new ObjectMapper().readTree(event).path("occurredAt").asText());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new AssertionError("not an event of the contract: " + event, e);
        }
    }
}
