package fr.pitchoun.auth.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One statement: a child ({@code profileId}) did {@code verb} to an item, for {@code duration}, at
 * {@code timestamp}. {@code scoreRaw}/{@code scoreMax} and {@code answers} (one per question) are for quiz answers
 * (null and empty otherwise).
 */
public record LearningStatement(String id, long profileId, Verb verb, ItemKind kind, String itemIri, String title,
                                List<String> themes, Integer ageMin, Integer ageMax, Duration itemLength,
                                Duration duration, boolean completion, Integer scoreRaw, Integer scoreMax,
                                Instant timestamp, List<QuizAnswer> answers) {

    public LearningStatement {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** A statement without quiz answers (what the players report). */
    public LearningStatement(String id, long profileId, Verb verb, ItemKind kind, String itemIri, String title,
                             List<String> themes, Integer ageMin, Integer ageMax, Duration itemLength,
                             Duration duration, boolean completion, Integer scoreRaw, Integer scoreMax,
                             Instant timestamp) {
        this(id, profileId, verb, kind, itemIri, title, themes, ageMin, ageMax, itemLength, duration, completion,
                scoreRaw, scoreMax, timestamp, List.of());
    }

    /** One answer of a quiz: the question (number from 1, its text), the choice made (number, text), right or not. */
    public record QuizAnswer(int question, String questionText, int choice, String choiceText, boolean correct) {
    }
}
