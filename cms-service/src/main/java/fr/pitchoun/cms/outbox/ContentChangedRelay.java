package fr.pitchoun.cms.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the outbox to Kafka in order, on a thread of its own: woken when a change commits (so the event is on Kafka
 * well within a second), and every few seconds for what failed or what a previous run left. Stops at the first
 * failure so an item's events never overtake each other. At least once: readers recognise a repeat by eventId.
 */
@ApplicationScoped
public class ContentChangedRelay {

    public static final String TOPIC = "pitchoun.cms.content-changed";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);

    private final ContentOutbox outbox;
    private final Producer<String, String> producer;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "content-changed-relay"));
    private final AtomicBoolean queued = new AtomicBoolean();

    ContentChangedRelay(ContentOutbox outbox, @Identifier("default-kafka-broker") Map<String, Object> kafka,
                        MeterRegistry metrics) {
        this.outbox = outbox;
        this.producer = new KafkaProducer<>(producerSettings(kafka));
        Gauge.builder("pitchoun.cms.content.changed.outbox.waiting", outbox, ContentOutbox::waiting)
                .description("content-changed events not yet on Kafka").strongReference(true).register(metrics);
    }

    private static Map<String, Object> producerSettings(Map<String, Object> kafka) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "cms-service");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // A send ends, taken or failed, within the timeout: a failed event goes back to the outbox, not to a buffer.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, SEND_TIMEOUT.toMillis());
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis() / 2);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return settings;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentOutbox.EventStored stored) {
        wakeUp();
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wakeUp();
    }

    private void wakeUp() {
        // One round waiting is enough: it will find every event stored before it starts.
        if (queued.compareAndSet(false, true)) {
            sender.execute(this::sendAll);
        }
    }

    private void sendAll() {
        queued.set(false);
        try {
            while (outbox.sendOldest(this::send)) {
                Log.debug("content-changed event sent");
            }
        } catch (RuntimeException e) {
            Log.error("content-changed relay round failed; the next round retries", e);
        }
    }

    private Optional<String> send(OutboxEntry entry) {
        try {
            producer.send(new ProducerRecord<>(TOPIC, entry.recordKey, entry.payload))
                    .get(2 * SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            Log.warnf("Kafka has not taken content-changed event %s (attempt %d), retried in 5 s: %s",
                    entry.eventId, entry.attempts + 1, cause);
            return Optional.of(cause.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted: the service is stopping");
        }
    }

    /** Before the database goes away; what is not sent stays in the outbox for the next start. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        sender.shutdownNow();
        sender.awaitTermination(5, TimeUnit.SECONDS);
        producer.close(Duration.ofSeconds(5));
    }
}
