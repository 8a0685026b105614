package fr.pitchoun.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service's own relay never reaches a broker (nothing listens on port 1): its after-commit wake-up and its
 * sweeps fail, as a service that crashed between the commit and the send, or whose broker is down. Another relay,
 * built as the service builds it but on the real broker (29092), plays the next start or the broker's return.
 */
@QuarkusTest
@TestProfile(OutboxBrokerDownTest.BrokerDown.class)
class OutboxBrokerDownTest {

    public static class BrokerDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "pitchoun.outbox.send-timeout", "PT1S");
        }
    }

    private final String run = UUID.randomUUID().toString();

    @Inject
    Outbox outbox;

    @Inject
    OutboxMetrics metrics;

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager entities;

    @Inject
    ObjectMapper json;

    private TestTopic topic;
    private KafkaOutboxSender nextSender;

    @AfterEach
    void close() {
        if (topic != null) {
            topic.close();
        }
        if (nextSender != null) {
            nextSender.close();
        }
    }

    @Test
    void anEventCommittedButNeverSentGoesAtTheNextRelaysSweep() {
        topic = new TestTopic(json);
        TestEvent event = new TestEvent(UUID.randomUUID().toString(), run, "channel:tv", 1);
        QuarkusTransaction.requiringNew().run(() -> outbox.append(event.key(), event.eventId(), event));

        // The wake-up after the commit tried and failed: the event is committed, kept, and not on Kafka.
        TestOutboxRow kept = await().atMost(Duration.ofSeconds(20))
                .until(() -> rowsOf(run).stream().filter(row -> row.attempts() >= 1).findFirst().orElse(null),
                        row -> row != null);
        assertFalse(kept.lastError().isBlank(), "the failure is recorded: " + kept.lastError());
        assertTrue(topic.await(run, 1, Duration.ofSeconds(2)).isEmpty(), "nothing reached Kafka");

        nextRelay().deliverWaiting();

        List<TestTopic.Received> received = topic.await(run, 1, Duration.ofSeconds(20));
        assertEquals(List.of(event), received.stream().map(TestTopic.Received::event).toList());
        assertEquals("channel:tv", received.get(0).key());
        assertTrue(rowsOf(run).isEmpty(), "sent events leave the outbox");
    }

    @Test
    void whileTheBrokerIsDownEventsWaitThenGoInOrderForEachKey() {
        topic = new TestTopic(json);
        List<TestEvent> events = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> new TestEvent(UUID.randomUUID().toString(), run, "key-" + (i % 3), i)).toList();
        // One transaction per change, as the service's callers make them.
        events.forEach(event -> QuarkusTransaction.requiringNew()
                .run(() -> outbox.append(event.key(), event.eventId(), event)));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> rowsOf(run).stream().anyMatch(row -> row.attempts() >= 1));
        assertEquals(9, rowsOf(run).size(), "every event waits in the outbox");
        assertTrue(topic.await(run, 1, Duration.ofSeconds(2)).isEmpty(), "nothing reached Kafka");

        nextRelay().deliverWaiting();

        List<TestTopic.Received> received = topic.await(run, 9, Duration.ofSeconds(30));
        assertEquals(9, received.size(), "every event is sent once the broker is back: " + received);
        for (String key : List.of("key-0", "key-1", "key-2")) {
            List<Integer> sequence = received.stream().filter(r -> r.key().equals(key))
                    .map(r -> r.event().sequence()).toList();
            List<Integer> stored = events.stream().filter(e -> e.key().equals(key)).map(TestEvent::sequence).toList();
            assertEquals(stored, sequence, "the events of " + key + " arrive in the order they were stored");
        }
        assertTrue(rowsOf(run).isEmpty(), "sent events leave the outbox");
    }

    /** A relay like the service's, on the real broker: the service started again, or the broker came back. */
    private OutboxRelay nextRelay() {
        Duration timeout = Duration.ofSeconds(5);
        KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaOutboxSender.producerSettings(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestTopic.BROKER), "outbox-test-next", timeout));
        nextSender = new KafkaOutboxSender(producer, TestTopic.NAME, timeout);
        return new OutboxRelay(outbox, nextSender, metrics, config);
    }

    private List<TestOutboxRow> rowsOf(String run) {
        return TestOutboxRow.waitingOf(entities, run);
    }
}
