package fr.pitchoun.transcode.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.contracts.TopicContract;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The worker reads the stream-state contract's examples as the contract says: every valid one with its fields as
 * written, every invalid one refused with a reason (so it goes to the dead-letter topic).
 */
class StreamStateExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TopicContract CONTRACT = TopicContract.of("pitchoun.live.stream-state");

    private final StreamStateParser parser = new StreamStateParser(JSON);

    @TestFactory
    Stream<DynamicTest> everyExampleIsRead() {
        return CONTRACT.examples().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            JsonNode written = JSON.readTree(example.json());
            StreamStateEvent event = parser.parse(example.json());
            assertEquals(written.get("schemaVersion").asInt(), event.schemaVersion());
            assertEquals(written.get("eventId").asText(), event.eventId());
            assertEquals(written.get("channel").asText(), event.channel());
            assertEquals(written.get("state").asText(), event.state().name());
            assertEquals(Instant.parse(written.get("occurredAt").asText()), event.occurredAt());
            assertEquals(written.path("pullUrl").textValue(), event.pullUrl());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidExampleIsRefused() {
        return CONTRACT.invalidExamples().stream().map(example -> DynamicTest.dynamicTest(example.name(),
                () -> assertThrows(InvalidStreamStateException.class, () -> parser.parse(example.json()))));
    }
}
