package fr.pitchoun.ingest.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.contracts.TopicReader;
import fr.pitchoun.outbox.Outbox;
import io.quarkus.arc.Arc;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    private final TopicReader topic;
    private final Instant openedAt;

    private StreamStateTopic(TopicReader topic) {
        this.topic = topic;
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
        return new StreamStateTopic(TopicReader.fromNow(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), TOPIC));
    }

    /** The first record with this key whose value matches, waiting up to {@code timeout}. */
    public Optional<Received> next(String key, Predicate<JsonNode> value, Duration timeout) {
        return topic.first(record -> key.equals(record.key()) && value.test(parse(record.value())), timeout)
                .map(record -> new Received(record.key(), parse(record.value())));
    }

    /** Every record with one of these keys that arrives within {@code window}. */
    public List<Received> all(List<String> keys, Duration window) {
        return topic.all(record -> keys.contains(record.key()), window).stream()
                .map(record -> new Received(record.key(), parse(record.value()))).toList();
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
        topic.close();
    }

    public record Received(String key, JsonNode value) {
    }
}
