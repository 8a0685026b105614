package fr.pitchoun.auth.learning;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules of answered statements alone: a score is required and must be possible, one answer per question. */
class QuizScoreRulesTest {

    private final StatementRules rules = new StatementRules(Duration.ofSeconds(5));

    @Test
    void aQuizScoredByTheSiteIsAccepted() {
        assertEquals(Optional.empty(), rules.check(Reports.quizAnswered(2)));
        assertEquals(Optional.empty(), rules.check(Reports.quizAnswered(0)));
        assertEquals(Optional.empty(), rules.check(Reports.quizAnswered(3)));
    }

    @Test
    void aMissingOrImpossibleScoreIsRefused() {
        StatementReport answered = Reports.quizAnswered(2);
        assertEquals("score", reason(Reports.withScore(answered, null, answered.answers())));
        assertEquals("score", reason(Reports.withScore(answered, new StatementReport.Score(null, 3), answered.answers())));
        assertEquals("score", reason(Reports.withScore(answered, new StatementReport.Score(4, 3), answered.answers())));
        assertEquals("score", reason(Reports.withScore(answered, new StatementReport.Score(-1, 3), answered.answers())));
        assertEquals("score", reason(Reports.withScore(answered, new StatementReport.Score(2, 6), answered.answers())));
        // The answers say 2 right: a score of 3 out of 3 is not what the child did.
        assertEquals("score", reason(Reports.withScore(answered, new StatementReport.Score(3, 3), answered.answers())));
    }

    @Test
    void answersMustBeOnePerQuestion() {
        StatementReport answered = Reports.quizAnswered(1);
        List<StatementReport.Answer> answers = answered.answers();
        assertEquals("answers", reason(Reports.withScore(answered, answered.score(), answers.subList(0, 2))));
        assertEquals("answers", reason(Reports.withScore(answered, answered.score(),
                List.of(answers.get(0), answers.get(0), answers.get(2)))));
        assertEquals("answers", reason(Reports.withScore(answered, answered.score(), List.of(answers.get(0),
                answers.get(1), new StatementReport.Answer(3, "", 1, "Oui", false)))));
        assertEquals("answers", reason(Reports.withScore(answered, answered.score(), List.of(answers.get(0),
                answers.get(1), new StatementReport.Answer(4, "Question 4 ?", 1, "Oui", false)))));
    }

    @Test
    void answeredIsForQuizzesOnlyAndScoresForAnswersOnly() {
        assertEquals("verb", reason(Reports.withItem(Reports.quizAnswered(1), Reports.abysses())));
        StatementReport played = Reports.episodePlayed(10);
        assertEquals("verb", reason(new StatementReport(played.statementId(), "played", Reports.recifQuiz(), 10.0)));
        assertEquals("score", reason(Reports.withScore(played, new StatementReport.Score(1, 3), null)));
    }

    private String reason(StatementReport report) {
        return rules.check(report).map(StatementRules.Refusal::reason).orElse("accepted");
    }
}
