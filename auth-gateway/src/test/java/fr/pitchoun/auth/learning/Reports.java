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

    /** The answers to the three questions of « Le récif de corail »'s quiz, {@code right} of them right. */
    static StatementReport quizAnswered(int right) {
        List<StatementReport.Answer> answers = new java.util.ArrayList<>();
        for (int question = 1; question <= 3; question++) {
            answers.add(new StatementReport.Answer(question, "Question " + question + " ?", 1,
                    "Réponse de la question " + question, question <= right));
        }
        return new StatementReport(UUID.randomUUID().toString(), "answered", recifQuiz(), 20.0,
                new StatementReport.Score(right, 3), answers);
    }

    static StatementReport.Item recifQuiz() {
        return new StatementReport.Item("quiz", "mission-ocean", "le-recif-de-corail", "Le récif de corail",
                List.of("océan", "climat"), 6, 10, null);
    }

    static StatementReport withScore(StatementReport report, StatementReport.Score score,
                                     List<StatementReport.Answer> answers) {
        return new StatementReport(report.statementId(), report.verb(), report.item(), report.durationSeconds(),
                score, answers);
    }
}
