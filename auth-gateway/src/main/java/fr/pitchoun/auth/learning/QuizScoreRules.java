package fr.pitchoun.auth.learning;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The score of an {@code answered} statement: required, 0 ≤ raw ≤ max ≤ 5 (a quiz has at most five questions), and
 * one answer per question (numbered 1 to max, once each) whose right ones make the raw score. The site scored them
 * against the CMS's quiz; these checks keep a report from saying something impossible.
 */
final class QuizScoreRules {

    static final int MAX_QUESTIONS = 5;
    static final int MAX_TEXT_LENGTH = 300;

    private QuizScoreRules() {
    }

    static Optional<StatementRules.Refusal> check(StatementReport.Score score, List<StatementReport.Answer> answers) {
        if (score == null || score.raw() == null || score.max() == null) {
            return StatementRules.refuse("score", "Le score du quiz est attendu (raw et max).");
        }
        if (score.raw() < 0 || score.max() < 1 || score.raw() > score.max() || score.max() > MAX_QUESTIONS) {
            return StatementRules.refuse("score", "Score invalide : 0 ≤ raw ≤ max ≤ " + MAX_QUESTIONS + ".");
        }
        if (answers == null || answers.size() != score.max()) {
            return StatementRules.refuse("answers", "Une réponse par question est attendue.");
        }
        Set<Integer> questions = new HashSet<>();
        int right = 0;
        for (StatementReport.Answer answer : answers) {
            if (answer == null || answer.question() == null || answer.choice() == null || answer.correct() == null
                    || answer.question() < 1 || answer.question() > score.max() || !questions.add(answer.question())
                    || answer.choice() < 1 || !fits(answer.questionText()) || !fits(answer.choiceText())) {
                return StatementRules.refuse("answers", "Réponse au quiz invalide.");
            }
            right += answer.correct() ? 1 : 0;
        }
        if (right != score.raw()) {
            return StatementRules.refuse("score", "Le score ne correspond pas aux bonnes réponses.");
        }
        return Optional.empty();
    }

    private static boolean fits(String text) {
        return text != null && !text.isBlank() && text.length() <= MAX_TEXT_LENGTH;
    }
}
