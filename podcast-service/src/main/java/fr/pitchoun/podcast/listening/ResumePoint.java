package fr.pitchoun.podcast.listening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "Un épisode commencé par ce compte, et où il s'est arrêté")
public record ResumePoint(
        @Schema(description = "Identifiant de l'émission") String showSlug,
        @Schema(description = "Titre de l'émission") String showTitle,
        @Schema(description = "Identifiant de l'épisode") String episodeSlug,
        @Schema(description = "Titre de l'épisode") String episodeTitle,
        @Schema(description = "Position atteinte, en secondes") int positionSeconds,
        @Schema(description = "Durée de l'épisode, en secondes") int durationSeconds,
        @Schema(description = "Réservé aux abonnés MyPitchoun+") boolean exclusive,
        @Schema(description = "Dernière écoute") Instant updatedAt) {

    static ResumePoint of(ListeningPosition position) {
        return new ResumePoint(position.episode.show.slug, position.episode.show.title, position.episode.slug,
                position.episode.title, position.positionSeconds, position.episode.durationSeconds,
                position.episode.exclusive, position.updatedAt);
    }
}
