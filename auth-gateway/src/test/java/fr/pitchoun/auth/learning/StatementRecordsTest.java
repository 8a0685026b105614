package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.contracts.TopicContract;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The consumer's side of pitchoun.learning.statements' contract: every example is read, every invalid example
 * refused; and a statement written then read comes back the same.
 */
class StatementRecordsTest {

    private final TopicContract contract = TopicContract.of("pitchoun.learning.statements");
    private final StatementRecords records = new StatementRecords(new ObjectMapper(), "https://pitchoun.fr");

    @TestFactory
    Stream<DynamicTest> everyExampleIsRead() {
        return contract.examples().stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            LearningStatement statement = records.parse(example.json());
            assertEquals(statement.id(), new ObjectMapper().readTree(example.json()).path("eventId").asText());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidExampleIsRefused() {
        return contract.invalidExamples().stream().map(example -> DynamicTest.dynamicTest(example.toString(),
                () -> assertThrows(InvalidStatementException.class, () -> records.parse(example.json()))));
    }

    @Test
    void theEpisodeExampleSaysWhoPlayedWhatAndForHowLong() {
        LearningStatement statement = records.parse(contract.examples().stream()
                .filter(e -> e.toString().contains("episode-played")).findFirst().orElseThrow().json());
        assertEquals(42, statement.profileId());
        assertEquals(Verb.PLAYED, statement.verb());
        assertEquals(ItemKind.EPISODE, statement.kind());
        assertEquals("https://pitchoun.fr/programmes/mission-ocean/les-abysses", statement.itemIri());
        assertEquals(List.of("océans", "animaux marins"), statement.themes());
        assertEquals(Duration.ofMillis(10_400), statement.duration());
        assertEquals(Duration.ofSeconds(45), statement.itemLength());
    }

    @Test
    void aWrittenStatementFollowsTheContractAndReadsBackTheSame() {
        LearningStatement statement = new LearningStatement("0b8f9a4e-3a49-4d7e-9f0c-3f7f0e0f6b21", 42,
                Verb.COMPLETED, ItemKind.PODCAST_EPISODE, "https://pitchoun.fr/podcasts/contes/le-loup", "Le loup",
                List.of(), null, null, Duration.ofSeconds(372), Duration.ofMillis(90_500), true, null, null,
                Instant.parse("2026-12-03T17:42:10.250Z"));
        String record = records.toRecord(statement).toString();
        contract.assertValid(record);
        assertEquals(statement, records.parse(record));
    }
}
