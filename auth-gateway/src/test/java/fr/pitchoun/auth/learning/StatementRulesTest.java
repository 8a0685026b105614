package fr.pitchoun.auth.learning;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a report must be to become a statement. */
class StatementRulesTest {

    private final StatementRules rules = new StatementRules(Duration.ofSeconds(5));

    @Test
    void aPlayedEpisodeWithinItsLengthIsAccepted() {
        assertEquals(Optional.empty(), rules.check(Reports.episodePlayed(10)));
        assertEquals(Optional.empty(), rules.check(Reports.episodePlayed(0)));
        assertEquals(Optional.empty(), rules.check(Reports.episodePlayed(49.9)), "within the 5 s of slack");
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertEquals("duration-negative", reason(Reports.episodePlayed(-1)));
    }

    @Test
    void aDurationLongerThanTheItemIsRefused() {
        assertEquals("duration-too-long", reason(Reports.episodePlayed(50.5)));
        assertEquals("duration-too-long", reason(Reports.episodePlayed(3600)));
    }

    @Test
    void theStatementIdMustBeAUuid() {
        StatementReport report = Reports.episodePlayed(10);
        assertEquals("statement-id", reason(new StatementReport("statement-1", "played", report.item(), 10.0)));
        assertEquals("statement-id", reason(new StatementReport(null, "played", report.item(), 10.0)));
    }

    @Test
    void onlyPlayedAndCompletedComeFromThePlayers() {
        StatementReport report = Reports.episodePlayed(10);
        assertEquals(Optional.empty(), rules.check(new StatementReport(report.statementId(), "completed",
                report.item(), 10.0)));
        assertEquals("verb", reason(new StatementReport(report.statementId(), "answered", report.item(), 10.0)));
        assertEquals("verb", reason(new StatementReport(report.statementId(), "liked", report.item(), 10.0)));
    }

    @Test
    void unknownKindsAndMalformedItemsAreRefused() {
        StatementReport report = Reports.episodePlayed(10);
        StatementReport.Item item = report.item();
        assertEquals("item-kind", reason(Reports.withItem(report, new StatementReport.Item("game", item.first(),
                item.second(), item.title(), item.themes(), 6, 10, 45.0))));
        assertEquals("item-id", reason(Reports.withItem(report, new StatementReport.Item("episode", "../etc",
                item.second(), item.title(), item.themes(), 6, 10, 45.0))));
        assertEquals("item-id", reason(Reports.withItem(report, new StatementReport.Item("live-programme",
                "pitchoun-tv", "yesterday", item.title(), item.themes(), 6, 10, 1800.0))));
        assertEquals(Optional.empty(), rules.check(Reports.withItem(report, new StatementReport.Item(
                "live-programme", "pitchoun-tv", "2026-12-03T15:30:00Z", "Mission Océan", List.of(), 6, 10, 1800.0))));
        assertEquals("item-length", reason(Reports.withItem(report, new StatementReport.Item("episode",
                item.first(), item.second(), item.title(), item.themes(), 6, 10, null))));
        assertEquals("item-definition", reason(Reports.withItem(report, new StatementReport.Item("episode",
                item.first(), item.second(), " ", item.themes(), 6, 10, 45.0))));
        assertEquals("incomplete", reason(new StatementReport(report.statementId(), "played", null, 10.0)));
    }

    private String reason(StatementReport report) {
        return rules.check(report).map(StatementRules.Refusal::reason).orElse("accepted");
    }
}
