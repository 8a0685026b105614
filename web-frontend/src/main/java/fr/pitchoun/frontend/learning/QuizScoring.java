package fr.pitchoun.frontend.learning;

import fr.pitchoun.frontend.catalogue.Quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a child's answers against the CMS's quiz: the browser says only which choice it made for each question,
 * never whether it was right nor the score.
 */
public final class QuizScoring {

    private QuizScoring() {
    }

    /** One question answered: which choice (from 1), whether it was the right one, and what to say after it. */
    public record Corrected(int question, String questionText, int choice, String choiceText, boolean correct,
                            int rightChoice, String rightAnswer, String explanation) {
    }

    /** The whole quiz: right answers out of the questions, and each question corrected. */
    public record Score(int raw, int max, List<Corrected> answers) {
    }

    /** One answer corrected; empty when there is no such question or choice. */
    public static Optional<Corrected> correct(Quiz quiz, int questionNumber, int choice) {
        return quiz.questions().stream().filter(q -> q.number() == questionNumber).findFirst()
                .filter(q -> choice >= 1 && choice <= q.choices().size())
                .map(q -> new Corrected(q.number(), q.text(), choice, q.choices().get(choice - 1),
                        choice == q.rightChoice(), q.rightChoice(), q.choices().get(q.rightChoice() - 1),
                        q.explanation()));
    }

    /** {@code choices}: the choice made for each question, in order; empty unless there is one valid choice each. */
    public static Optional<Score> score(Quiz quiz, List<Integer> choices) {
        if (choices == null || choices.size() != quiz.questions().size()) {
            return Optional.empty();
        }
        List<Corrected> answers = new ArrayList<>();
        for (int index = 0; index < choices.size(); index++) {
            Integer choice = choices.get(index);
            Optional<Corrected> corrected = choice == null ? Optional.empty()
                    : correct(quiz, quiz.questions().get(index).number(), choice);
            if (corrected.isEmpty()) {
                return Optional.empty();
            }
            answers.add(corrected.get());
        }
        int raw = (int) answers.stream().filter(Corrected::correct).count();
        return Optional.of(new Score(raw, answers.size(), List.copyOf(answers)));
    }
}
