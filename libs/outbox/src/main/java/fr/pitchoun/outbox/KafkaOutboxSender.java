package fr.pitchoun.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sends one outbox event at a time to the outbox's topic and says whether Kafka took it. */
@ApplicationScoped
public class KafkaOutboxSender {

    private final Producer<String, String> producer;
    private final String topic;
    private final Duration timeout;

    @Inject
    KafkaOutboxSender(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config) {
        this(new KafkaProducer<>(producerSettings(kafka, config.clientId(), config.sendTimeout())), config.topic(),
                config.sendTimeout());
    }

    KafkaOutboxSender(Producer<String, String> producer, String topic, Duration timeout) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
    }

    /** The service's producer settings ({@code kafka.*}), made idempotent, fully acknowledged and time-bounded. */
    static Map<String, Object> producerSettings(Map<String, Object> kafka, String clientId, Duration timeout) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // Idempotent and fully acknowledged: a retried batch is neither duplicated nor reordered by the broker.
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Every attempt ends, acknowledged or failed, within the timeout, so the relay never waits forever and a
        // failed event is retried from the outbox rather than left in the producer's buffer.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() / 2);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return settings;
    }

    /**
     * Per event, in order, why Kafka has not taken it, or nothing once it has acknowledged it. All are handed to the
     * producer first (it batches them), then the acknowledgements are awaited.
     */
    List<Optional<String>> send(List<OutboxRecord> events) {
        List<Future<RecordMetadata>> pending = new ArrayList<>(events.size());
        List<Optional<String>> outcomes = new ArrayList<>(events.size());
        for (OutboxRecord event : events) {
            try {
                pending.add(producer.send(new ProducerRecord<>(topic, event.key(), event.payload())));
            } catch (RuntimeException e) {
                pending.add(CompletableFuture.failedFuture(e));
            }
        }
        // The producer itself gives up within max.block.ms + delivery.timeout.ms; this bound is only a backstop.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * timeout.toMillis() + 1000);
        for (Future<RecordMetadata> acknowledgement : pending) {
            outcomes.add(outcome(acknowledgement, deadline));
        }
        return outcomes;
    }

    private static Optional<String> outcome(Future<RecordMetadata> acknowledgement, long deadline) {
        try {
            acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            return Optional.of(cause.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted: the service is stopping");
        }
    }

    String topic() {
        return topic;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
