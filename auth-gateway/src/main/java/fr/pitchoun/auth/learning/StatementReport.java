package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What the site reports after a child played something: the site resolved the item (title, themes, ages, length)
 * from cms-service itself; the child is the session's, never a field of this report.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "Relevé de lecture envoyé par le site pour le profil enfant de la session")
public record StatementReport(
        @Schema(description = "Identifiant du relevé (UUID) ; un relevé renvoyé garde le sien",
                example = "0b8f9a4e-3a49-4d7e-9f0c-3f7f0e0f6b21") String statementId,
        @Schema(description = "played ou completed", example = "played") String verb,
        Item item,
        @Schema(description = "Temps réellement joué, en secondes (answered : temps passé à répondre)",
                example = "42.5") Double durationSeconds,
        @Schema(description = "answered seulement : le score, corrigé par le site") Score score,
        @Schema(description = "answered seulement : chaque réponse de l'enfant") List<Answer> answers) {

    /** A player's report (no score, no answers). */
    public StatementReport(String statementId, String verb, Item item, Double durationSeconds) {
        this(statementId, verb, item, durationSeconds, null, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "Score d'un quiz : bonnes réponses sur nombre de questions")
    public record Score(@Schema(example = "2") Integer raw, @Schema(example = "3") Integer max) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "Une réponse à une question du quiz")
    public record Answer(
            @Schema(description = "Numéro de la question, à partir de 1", example = "1") Integer question,
            @Schema(example = "De quelle couleur devient un corail malade ?") String questionText,
            @Schema(description = "Numéro de la réponse choisie, à partir de 1", example = "2") Integer choice,
            @Schema(example = "Blanc") String choiceText,
            @Schema(description = "Bonne réponse ou non") Boolean correct) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "L'élément joué, tel que le site l'a lu dans le CMS")
    public record Item(
            @Schema(description = "episode, podcast-episode, live-programme ou quiz", example = "episode") String kind,
            @Schema(description = "Programme, émission ou chaîne (slug)", example = "mission-ocean") String first,
            @Schema(description = "Épisode (slug) ou début du créneau (UTC)", example = "les-abysses") String second,
            @Schema(example = "Les abysses") String title,
            @Schema(description = "Thèmes d'apprentissage") List<String> themes,
            @Schema(example = "4") Integer ageMin,
            @Schema(example = "8") Integer ageMax,
            @Schema(description = "Durée de l'élément, en secondes (facultative pour un quiz)", example = "45")
            Double lengthSeconds) {
    }
}
