package fr.pitchoun.auth.learning;

import java.util.List;
import java.util.UUID;

/** Reports as web-frontend sends them, for the tests. */
final class Reports {

    private Reports() {
    }

    /** Ten seconds of « Les abysses » (45 s), a new statement id each time. */
    static StatementReport episodePlayed(double seconds) {
        return new StatementReport(UUID.randomUUID().toString(), "played", abysses(), seconds);
    }

    static StatementReport.Item abysses() {
        return new StatementReport.Item("episode", "mission-ocean", "les-abysses", "Les abysses",
                List.of("océans", "animaux marins"), 6, 10, 45.0);
    }

    static StatementReport withItem(StatementReport report, StatementReport.Item item) {
        return new StatementReport(report.statementId(), report.verb(), item, report.durationSeconds());
    }
}
