package fr.pitchoun.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the test topic from the real broker with a plain consumer, as another service would. */
final class TestTopic implements AutoCloseable {

    static final String BROKER = "127.0.0.1:29092";
    static final String NAME = "pitchoun.test.outbox";

    private final KafkaConsumer<String, String> consumer;
    private final ObjectMapper json;
    private final List<Received> seen = new ArrayList<>();

    /** A record as a consumer gets it: its key and its value parsed back. */
    record Received(String key, String value, TestEvent event) {
    }

    TestTopic(ObjectMapper json) {
        this.json = json;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER,
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                // From the start: each test picks the records of its own run, so older ones do no harm.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(NAME));
    }

    /** The records of {@code run}, in the order they were read, once {@code count} are here or the time is up. */
    List<Received> await(String run, int count, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (ofRun(run).size() < count && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(new Received(r.key(), r.value(), parse(r.value()))));
        }
        return ofRun(run);
    }

    private List<Received> ofRun(String run) {
        return seen.stream().filter(r -> run.equals(r.event().run())).toList();
    }

    private TestEvent parse(String value) {
        try {
            return json.readValue(value, TestEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a test event on " + NAME + ": " + value, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
