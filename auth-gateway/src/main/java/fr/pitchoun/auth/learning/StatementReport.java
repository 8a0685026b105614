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
        @Schema(description = "Temps réellement joué, en secondes", example = "42.5") Double durationSeconds) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "L'élément joué, tel que le site l'a lu dans le CMS")
    public record Item(
            @Schema(description = "episode, podcast-episode ou live-programme", example = "episode") String kind,
            @Schema(description = "Programme, émission ou chaîne (slug)", example = "mission-ocean") String first,
            @Schema(description = "Épisode (slug) ou début du créneau (UTC)", example = "les-abysses") String second,
            @Schema(example = "Les abysses") String title,
            @Schema(description = "Thèmes d'apprentissage") List<String> themes,
            @Schema(example = "4") Integer ageMin,
            @Schema(example = "8") Integer ageMax,
            @Schema(description = "Durée de l'élément, en secondes", example = "45") Double lengthSeconds) {
    }
}
