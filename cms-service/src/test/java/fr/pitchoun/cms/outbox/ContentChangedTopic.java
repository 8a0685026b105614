package fr.pitchoun.cms.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads pitchoun.cms.content-changed on the test broker (127.0.0.1:29092), as another service would. */
public final class ContentChangedTopic implements AutoCloseable {

    /** The topic of deploy/CONTRACTS.md, written here as a reader would. */
    public static final String TOPIC = "pitchoun.cms.content-changed";

    private final ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public ContentChangedTopic() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:29092",
                ConsumerConfig.GROUP_ID_CONFIG, "cms-test-" + UUID.randomUUID(),
                // From the start: each test filters on slugs of its own, so older records do no harm.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(TOPIC));
    }

    /** The events whose JSON matches, waiting until {@code count} of them have come or the time is up. */
    public List<JsonNode> await(Predicate<JsonNode> matching, int count, Duration within) {
        Instant deadline = Instant.now().plus(within);
        List<JsonNode> found = matches(matching);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            found = matches(matching);
        }
        return found;
    }

    public List<ConsumerRecord<String, String>> records() {
        return seen;
    }

    private List<JsonNode> matches(Predicate<JsonNode> matching) {
        return seen.stream().map(this::parse).filter(matching).toList();
    }

    private JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON on the topic: " + record.value(), e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
