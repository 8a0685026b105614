package fr.pitchoun.auth.learning;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Whether a report can become a statement; each refusal has a metric reason and a French message. */
public final class StatementRules {

    static final int MAX_THEMES = 20;
    static final int MAX_THEME_LENGTH = 100;
    static final int MAX_TITLE_LENGTH = 300;

    private final Duration lengthSlack;

    public StatementRules(Duration lengthSlack) {
        this.lengthSlack = lengthSlack;
    }

    /** Why the report is refused, or empty when it is acceptable. */
    public Optional<Refusal> check(StatementReport report) {
        if (report == null || report.item() == null) {
            return refuse("incomplete", "Relevé incomplet : identifiant, verbe, élément et durée sont attendus.");
        }
        if (!isUuid(report.statementId())) {
            return refuse("statement-id", "L'identifiant du relevé doit être un UUID.");
        }
        Optional<Verb> verb = Verb.ofCode(report.verb());
        if (verb.isEmpty()) {
            return refuse("verb", "Verbe inconnu : played, completed ou answered sont attendus.");
        }
        StatementReport.Item item = report.item();
        Optional<ItemKind> kind = ItemKind.ofCode(item.kind());
        if (kind.isPresent() && (verb.get() == Verb.ANSWERED) != (kind.get() == ItemKind.QUIZ)) {
            return refuse("verb", "Verbe inattendu : answered pour un quiz, played ou completed pour le reste.");
        }
        if (kind.isEmpty()) {
            return refuse("item-kind", "Type d'élément inconnu : episode, podcast-episode, live-programme ou quiz.");
        }
        if (!kind.get().names(item.first(), item.second())) {
            return refuse("item-id", "Identifiant d'élément invalide.");
        }
        if (item.title() == null || item.title().isBlank() || item.title().length() > MAX_TITLE_LENGTH
                || !themesFit(item.themes())) {
            return refuse("item-definition", "Titre ou thèmes de l'élément invalides.");
        }
        if (item.ageMin() != null && item.ageMax() != null && item.ageMin() > item.ageMax()) {
            return refuse("item-definition", "Tranche d'âge de l'élément invalide.");
        }
        Double played = report.durationSeconds();
        if (verb.get() == Verb.ANSWERED) {
            if (played == null || played.isNaN() || played < 0) {
                return refuse("duration-negative", "La durée ne peut pas être négative.");
            }
            return QuizScoreRules.check(report.score(), report.answers());
        }
        if (report.score() != null || report.answers() != null && !report.answers().isEmpty()) {
            return refuse("score", "Un score n'accompagne que les réponses à un quiz.");
        }
        if (item.lengthSeconds() == null || !(item.lengthSeconds() > 0)) {
            return refuse("item-length", "Durée de l'élément inconnue.");
        }
        if (played == null || played.isNaN() || played < 0) {
            return refuse("duration-negative", "La durée jouée ne peut pas être négative.");
        }
        if (played > item.lengthSeconds() + lengthSlack.toMillis() / 1000.0) {
            return refuse("duration-too-long", "La durée jouée dépasse celle de l'élément.");
        }
        return Optional.empty();
    }

    private static boolean themesFit(List<String> themes) {
        return themes == null || themes.size() <= MAX_THEMES
                && themes.stream().allMatch(t -> t != null && !t.isBlank() && t.length() <= MAX_THEME_LENGTH);
    }

    static boolean isUuid(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Optional<Refusal> refuse(String reason, String message) {
        return Optional.of(new Refusal(reason, message));
    }

    /** {@code reason}: the metric's tag; {@code message}: for the site. */
    public record Refusal(String reason, String message) {
    }
}
