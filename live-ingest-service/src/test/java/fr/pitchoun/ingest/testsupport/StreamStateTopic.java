package fr.pitchoun.ingest.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.outbox.Outbox;
import io.quarkus.arc.Arc;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Reads pitchoun.live.stream-state from the real broker with a plain consumer, from the moment it is opened on,
 * as transcode-worker would. Other test suites share the broker: readers pick records by key and content.
 */
public final class StreamStateTopic implements AutoCloseable {

    public static final String TOPIC = "pitchoun.live.stream-state";

    private final ObjectMapper mapper = Arc.container().instance(ObjectMapper.class).get();

    private static final Duration DELIVERY = Duration.ofSeconds(15);

    private final KafkaConsumer<String, String> consumer;
    private final Instant openedAt;

    private StreamStateTopic(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
        this.openedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Opens the topic once the outbox is empty: events an earlier run left behind go out first, so they cannot be
     * taken for the calling test's.
     */
    public static StreamStateTopic afterOutbox(Outbox outbox)
            throws ExecutionException, InterruptedException {
        await().atMost(DELIVERY).until(() -> outbox.waiting() == 0);
        return fromNow();
    }

    /** The next event of the channel in that state that happened since the topic was opened, or an AssertionError. */
    public JsonNode nextNew(String channel, String state) {
        return next(channel, json -> state.equals(json.path("state").asText())
                        && !Instant.parse(json.path("occurredAt").asText()).isBefore(openedAt), DELIVERY)
                .orElseThrow(() -> new AssertionError("no " + state + " record for " + channel)).value();
    }

    public static StreamStateTopic fromNow() throws ExecutionException, InterruptedException {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, Optional.empty(), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolves the end offsets now, before the test acts
        return new StreamStateTopic(consumer);
    }

    /** The first record with this key whose value matches, waiting up to {@code timeout}. */
    public Optional<Received> next(String key, Predicate<JsonNode> value, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    JsonNode json = parse(record.value());
                    if (value.test(json)) {
                        return Optional.of(new Received(record.key(), json));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every record with one of these keys that arrives within {@code window}. */
    public List<Received> all(List<String> keys, Duration window) {
        List<Received> received = new ArrayList<>();
        Instant deadline = Instant.now().plus(window);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (keys.contains(record.key())) {
                    received.add(new Received(record.key(), parse(record.value())));
                }
            }
        }
        return received;
    }

    private JsonNode parse(String value) {
        try {
            return mapper.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON on " + TOPIC + ": " + value, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    public record Received(String key, JsonNode value) {
    }
}
