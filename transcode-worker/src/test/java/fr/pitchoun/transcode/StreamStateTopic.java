package fr.pitchoun.transcode;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Plays live-ingest-service in the tests: writes stream-state records to the real test broker, reads the DLQ. */
public final class StreamStateTopic implements AutoCloseable {

    public static final String TOPIC = "pitchoun.live.stream-state";
    public static final String DLQ = TOPIC + ".dlq";

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));

    /** A channel name no earlier run used, so records left on the shared topic cannot be mistaken for ours. */
    public static String uniqueChannel(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String event(int schemaVersion, String channel, String state, String pullUrl) {
        String url = pullUrl == null ? "null" : '"' + pullUrl + '"';
        return """
                {"schemaVersion":%d,"eventId":"%s","channel":"%s","state":"%s","occurredAt":"%s","pullUrl":%s}"""
                .formatted(schemaVersion, UUID.randomUUID(), channel, state, Instant.now(), url);
    }

    public void publishing(String channel, String pullUrl) throws Exception {
        send(channel, event(1, channel, "PUBLISHING", pullUrl));
    }

    public void unpublished(String channel) throws Exception {
        send(channel, event(1, channel, "UNPUBLISHED", null));
    }

    public void send(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, key, value)).get(10, TimeUnit.SECONDS);
    }

    /** Reads the dead-letter topic from its start until {@code wanted} records match, or the time is up. */
    public static List<ConsumerRecord<String, String>> readDeadLetters(Predicate<ConsumerRecord<String, String>> filter,
                                                                       int wanted, Duration timeout) {
        return read(DLQ, filter, wanted, timeout);
    }

    /** Reads a topic from its start until {@code wanted} records match, or the time is up. */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                            int wanted, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "transcode-worker-test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < wanted && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (filter.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
