package fr.pitchoun.frontend.learning;

import fr.pitchoun.frontend.catalogue.Quiz;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site scores a child's choices against the CMS's quiz: the browser only says which choice it made. */
class QuizScoringTest {

    private final Quiz quiz = new Quiz(7, "mission-ocean", "le-recif-de-corail", "Le récif de corail", List.of(
            new Quiz.Question(1, "De quelle couleur devient un corail malade ?", "…", List.of("Rouge", "Blanc", "Vert"),
                    2, "Il devient blanc.", null),
            new Quiz.Question(2, "Qu'est-ce qui le fait blanchir ?", "…", List.of("L'eau trop chaude", "La lune"), 1,
                    "La chaleur de l'eau.", null),
            new Quiz.Question(3, "Qui vit dans le récif ?", "…", List.of("Des poissons", "Des chameaux"), 1,
                    "Des milliers de poissons.", null)));

    @Test
    void rightChoicesMakeTheScoreAndEachAnswerIsCorrected() {
        QuizScoring.Score score = QuizScoring.score(quiz, List.of(2, 2, 1)).orElseThrow();
        assertEquals(2, score.raw());
        assertEquals(3, score.max());
        QuizScoring.Corrected second = score.answers().get(1);
        assertFalse(second.correct());
        assertEquals("La lune", second.choiceText());
        assertEquals("L'eau trop chaude", second.rightAnswer());
        assertEquals("La chaleur de l'eau.", second.explanation());
        assertEquals(3, QuizScoring.score(quiz, List.of(2, 1, 1)).orElseThrow().raw());
        assertEquals(0, QuizScoring.score(quiz, List.of(1, 2, 2)).orElseThrow().raw());
    }

    @Test
    void aMissingOrImpossibleChoiceGivesNoScore() {
        assertEquals(Optional.empty(), QuizScoring.score(quiz, List.of(2, 1)));
        assertEquals(Optional.empty(), QuizScoring.score(quiz, List.of(2, 1, 1, 1)));
        assertEquals(Optional.empty(), QuizScoring.score(quiz, List.of(2, 3, 1)), "question 2 has two choices");
        assertEquals(Optional.empty(), QuizScoring.score(quiz, List.of(0, 1, 1)));
        assertEquals(Optional.empty(), QuizScoring.score(quiz, Arrays.asList(2, null, 1)));
        assertEquals(Optional.empty(), QuizScoring.score(quiz, null));
    }

    @Test
    void oneAnswerIsCorrectedAlone() {
        assertTrue(QuizScoring.correct(quiz, 1, 2).orElseThrow().correct());
        assertEquals("Blanc", QuizScoring.correct(quiz, 1, 3).orElseThrow().rightAnswer());
        assertEquals(Optional.empty(), QuizScoring.correct(quiz, 4, 1));
    }
}
