package fr.pitchoun.contracts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract files themselves: schemas that are schemas, examples that show what they claim, docs that point at them. */
class ContractFilesTest {

    private static final List<String> TOPICS = List.of("pitchoun.cms.content-changed", "pitchoun.learning.statements",
            "pitchoun.live.stream-state", "pitchoun.live.stream-state.dlq", "pitchoun.live.transcode-state",
            "pitchoun.podcast.catalogue-changed");

    @Test
    void everyTopicHasAContract() {
        assertEquals(TOPICS, TopicContract.all().stream().map(TopicContract::topic).toList());
    }

    @TestFactory
    Stream<DynamicTest> schemasAreDraft202012Schemas() {
        var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return TopicContract.all().stream().map(contract -> DynamicTest.dynamicTest(contract.topic(), () -> {
            String schema = Files.readString(contract.folder().resolve("schema.json"));
            assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), schema);
            assertEquals(List.of(), metaSchema.validate(schema, InputFormat.JSON));
        }));
    }

    @TestFactory
    Stream<DynamicTest> examplesFollowTheirSchema() {
        return TopicContract.all().stream().flatMap(contract -> {
            assertFalse(contract.examples().isEmpty(), "no example for " + contract);
            return contract.examples().stream().map(example -> DynamicTest.dynamicTest(
                    contract + "/" + example, () -> assertEquals(List.of(), contract.violations(example.json()))));
        });
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesAreRefused() {
        return TopicContract.all().stream().flatMap(contract -> {
            assertFalse(contract.invalidExamples().isEmpty(), "no invalid example for " + contract);
            return contract.invalidExamples().stream().map(example -> DynamicTest.dynamicTest(
                    contract + "/invalid/" + example,
                    () -> assertFalse(contract.violations(example.json()).isEmpty(), example.json())));
        });
    }

    @Test
    void formatsAreChecked() {
        TopicContract streamState = TopicContract.of("pitchoun.live.stream-state");
        String valid = streamState.examples().get(0).json();
        assertEquals(List.of(), streamState.violations(valid));
        assertFalse(streamState.violations(valid.replace("5b0c8e0e-6f7f-4a84-9a57-3c2d0f2b7e11", "not-a-uuid"))
                .isEmpty(), "eventId must be a UUID");
        assertFalse(streamState.violations(valid.replace("2026-11-24T20:15:00Z", "2026-11-24 20:15")).isEmpty(),
                "occurredAt must be an RFC 3339 date-time");
    }

    @Test
    void aDeadLetterIsItsKeyValueAndHeaders() {
        String record = DeadLetter.asJson("pitchoun-tv", "{not json", Map.of(
                "dead-letter-reason", "not JSON: Unexpected character",
                "dead-letter-exception-class-name", "fr.pitchoun.transcode.event.InvalidStreamStateException",
                "dead-letter-topic", "pitchoun.live.stream-state",
                "dead-letter-partition", "0",
                "dead-letter-offset", "12"));
        TopicContract.of("pitchoun.live.stream-state.dlq").assertValid(record);
    }

    @Test
    void contractsPageLinksEverySchema() throws IOException {
        String page = Files.readString(ContractsFolder.locate().resolveSibling("CONTRACTS.md"));
        for (String topic : TOPICS) {
            assertTrue(page.contains("contracts/" + topic + "/schema.json"), "CONTRACTS.md links " + topic);
        }
    }
}
