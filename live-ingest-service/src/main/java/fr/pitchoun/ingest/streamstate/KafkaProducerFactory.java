package fr.pitchoun.ingest.streamstate;

import fr.pitchoun.ingest.config.IngestConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The producer of stream-state records, built from the kafka.* settings (kafka.bootstrap.servers). */
@ApplicationScoped
class KafkaProducerFactory {

    @Produces
    @ApplicationScoped
    Producer<String, String> producer(@Identifier("default-kafka-broker") Map<String, Object> kafka,
                                      IngestConfig config) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "live-ingest-service");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // Idempotent and fully acknowledged: a retried batch is neither duplicated nor reordered by the broker.
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Every attempt ends, acknowledged or failed, within the timeout, so the relay never waits forever and a
        // failed event is retried from the outbox rather than left in a buffer.
        Duration timeout = config.eventSendTimeout();
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() / 2);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(settings);
    }

    void close(@Disposes Producer<String, String> producer) {
        producer.close(Duration.ofSeconds(5));
    }
}
