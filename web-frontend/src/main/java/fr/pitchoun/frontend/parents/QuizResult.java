package fr.pitchoun.frontend.parents;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A quiz a child answered, as auth-gateway's {@code GET /api/learning/profiles/{id}/quizzes} lists it: its title and
 * episode, the last and best score out of the maximum, the attempts and when it was last answered. Read leniently
 * (a field missing stays empty) so that the page keeps working while that API grows.
 */
public record QuizResult(String title, String episode, Integer lastScore, Integer bestScore, Integer maxScore,
                         int attempts, Instant lastAnsweredAt) {

    public String when() {
        return FrenchDates.dayAndTime(lastAnsweredAt);
    }

    public String last() {
        return score(lastScore);
    }

    public String best() {
        return score(bestScore);
    }

    private String score(Integer value) {
        return value == null ? "—" : maxScore == null ? value.toString() : value + " sur " + maxScore;
    }

    static List<QuizResult> read(JsonNode body) {
        JsonNode list = body.isArray() ? body : body.path("quizzes");
        List<QuizResult> results = new ArrayList<>();
        for (JsonNode quiz : list) {
            JsonNode episode = quiz.path("episode");
            results.add(new QuizResult(
                    first(quiz.path("title"), quiz.path("quizTitle"), quiz.path("quiz").path("title")),
                    first(quiz.path("episodeTitle"), episode.path("title"), episode),
                    integer(quiz.path("lastScore"), quiz.path("last").path("score")),
                    integer(quiz.path("bestScore"), quiz.path("best").path("score")),
                    integer(quiz.path("maxScore"), quiz.path("scoreMax"), quiz.path("max")),
                    quiz.path("attempts").asInt(0),
                    instant(first(quiz.path("lastAnsweredAt"), quiz.path("answeredAt"), quiz.path("last")
                            .path("answeredAt")))));
        }
        return results;
    }

    private static String first(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate.isTextual() && !candidate.asText().isBlank()) {
                return candidate.asText();
            }
        }
        return "";
    }

    private static Integer integer(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate.isNumber()) {
                return candidate.asInt();
            }
        }
        return null;
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
