package fr.pitchoun.frontend.parents;

import fr.pitchoun.frontend.family.ChildProfile;

import java.util.List;
import java.util.Optional;

/**
 * What « Espace parents » shows: the family's children (one shown at a time), and for that child its chart, themes,
 * completed items, quiz results and suggestions. {@code quizzes} or {@code suggestions} empty: not readable now.
 */
public record ParentsView(List<ChildProfile> profiles, ChildProfile child, ChildActivity activity, DayChart chart,
                          Optional<List<QuizResult>> quizzes, Optional<List<Suggestions.Suggestion>> suggestions) {

    public String watched() {
        return TimeSpent.of(activity.watchedSeconds());
    }

    public String listened() {
        return TimeSpent.of(activity.listenedSeconds());
    }

    public boolean quizzesKnown() {
        return quizzes.isPresent();
    }

    public List<QuizResult> quizList() {
        return quizzes.orElse(List.of());
    }

    public boolean suggestionsKnown() {
        return suggestions.isPresent();
    }

    public List<Suggestions.Suggestion> suggestionList() {
        return suggestions.orElse(List.of());
    }
}
