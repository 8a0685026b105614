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

    @Test
    void anAnsweredStatementKeepsItsScoreAndAnswersThroughTheContract() {
        LearningStatement statement = new LearningStatement("5d6e7f80-91a2-4b3c-8d4e-5f60718293a4", 42,
                Verb.ANSWERED, ItemKind.QUIZ, "https://pitchoun.fr/programmes/mission-ocean/le-recif-de-corail/quiz",
                "Le récif de corail", List.of("océan"), 6, 10, Duration.ZERO, Duration.ofMillis(25_300), true, 1, 2,
                Instant.parse("2026-12-03T10:20:00Z"), List.of(
                new LearningStatement.QuizAnswer(1, "De quelle couleur ?", 2, "Blanc", true),
                new LearningStatement.QuizAnswer(2, "Pourquoi ?", 2, "La lune", false)));
        String record = records.toRecord(statement).toString();
        contract.assertValid(record);
        assertEquals(statement, records.parse(record));
        LearningStatement example = records.parse(contract.examples().stream()
                .filter(e -> e.toString().contains("quiz-answered")).findFirst().orElseThrow().json());
        assertEquals(Verb.ANSWERED, example.verb());
        assertEquals(2, example.scoreRaw());
        assertEquals(3, example.answers().size());
    }
}
