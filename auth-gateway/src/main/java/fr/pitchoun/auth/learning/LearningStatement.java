package fr.pitchoun.auth.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One statement: a child ({@code profileId}) did {@code verb} to an item, for {@code duration}, at
 * {@code timestamp}. {@code scoreRaw}/{@code scoreMax} are for quiz answers (null otherwise).
 */
public record LearningStatement(String id, long profileId, Verb verb, ItemKind kind, String itemIri, String title,
                                List<String> themes, Integer ageMin, Integer ageMax, Duration itemLength,
                                Duration duration, boolean completion, Integer scoreRaw, Integer scoreMax,
                                Instant timestamp) {
}
