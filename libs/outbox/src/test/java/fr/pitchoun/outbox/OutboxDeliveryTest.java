package fr.pitchoun.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the broker up (real MariaDB 23306 and Kafka 29092): what commits is on Kafka at once, nothing else is. */
@QuarkusTest
class OutboxDeliveryTest {

    private final String run = UUID.randomUUID().toString();

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entities;

    private TestTopic topic;

    @AfterEach
    void close() {
        if (topic != null) {
            topic.close();
        }
    }

    @Test
    void aCommittedEventIsOnKafkaRightAfterTheCommitUnderItsKeyAsTheJsonItWasStoredAs() {
        topic = new TestTopic(json);
        TestEvent warmUp = new TestEvent(UUID.randomUUID().toString(), run, "programme:42", 1);
        QuarkusTransaction.requiringNew().run(() -> outbox.append(warmUp.key(), warmUp.eventId(), warmUp));
        assertEquals(1, topic.await(run, 1, Duration.ofSeconds(20)).size(), "the topic and the producer are ready");

        TestEvent event = new TestEvent(UUID.randomUUID().toString(), run, "programme:42", 2);
        long committedAt = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> outbox.append(event.key(), event.eventId(), event));
        await().atMost(Duration.ofSeconds(10)).until(() -> TestOutboxRow.waitingOf(entities, run).isEmpty());
        assertTrue(Duration.ofNanos(System.nanoTime() - committedAt).compareTo(Duration.ofMillis(2500)) < 0,
                "woken by the commit, not by the 5 s sweep");

        List<TestTopic.Received> received = topic.await(run, 2, Duration.ofSeconds(20));
        assertEquals(2, received.size(), "the event is on Kafka");
        assertEquals("programme:42", received.get(1).key());
        assertEquals(event, received.get(1).event());
        assertEquals("{\"eventId\":\"" + event.eventId() + "\",\"run\":\"" + run
                + "\",\"key\":\"programme:42\",\"sequence\":2}", received.get(1).value(), "the JSON of the event");
    }

    @Test
    void aChangeThatRolledBackSendsNothing() {
        topic = new TestTopic(json);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append("item:1", UUID.randomUUID().toString(), new TestEvent("abandoned", run, "item:1", 1));
            throw new IllegalStateException("the change fails after its event was stored");
        }));
        QuarkusTransaction.requiringNew().run(() ->
                outbox.append("item:1", UUID.randomUUID().toString(), new TestEvent("kept", run, "item:1", 2)));

        // The kept event was stored after the abandoned one, on the same key: once it is here, the other would be.
        assertEquals(1, topic.await(run, 1, Duration.ofSeconds(20)).size(), "the committed event is on Kafka");
        List<TestTopic.Received> received = topic.await(run, 2, Duration.ofMillis(500));
        assertEquals(List.of("kept"), received.stream().map(r -> r.event().eventId()).toList(),
                "only the committed change's event is sent");
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class,
                () -> outbox.append("item:1", "none", new TestEvent("none", run, "item:1", 1)));
    }

    @Test
    void theMetersCarryTheNamesTheServiceGave() {
        QuarkusTransaction.requiringNew().run(() ->
                outbox.append("item:2", UUID.randomUUID().toString(), new TestEvent("counted", run, "item:2", 1)));
        assertNotNull(metrics.find("pitchoun.test.outbox.waiting").gauge(), "backlog gauge");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> metrics.find("pitchoun.test.outbox.sent").counter() != null
                        && metrics.find("pitchoun.test.outbox.sent").counter().count() >= 1);
        assertNotNull(metrics.find("pitchoun.test.outbox.failures").counter(), "failure counter");
        assertEquals("outbox-test", config.clientId(), "the client id defaults to the application's name");
    }
}
