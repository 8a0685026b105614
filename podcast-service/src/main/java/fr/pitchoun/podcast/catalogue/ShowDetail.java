package fr.pitchoun.podcast.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "Une émission et ses épisodes publics, du plus récent au plus ancien")
public record ShowDetail(
        @Schema(description = "Identifiant utilisé dans les adresses") String slug,
        @Schema(description = "Titre de l'émission") String title,
        @Schema(description = "Présentation de l'émission") String description,
        @Schema(description = "Visuel de l'émission") String imageUrl,
        @Schema(description = "Épisodes publics, le plus récent d'abord") List<EpisodeView> episodes) {

    @Schema(description = "Un épisode public")
    public record EpisodeView(
            @Schema(description = "Titre de l'épisode") String title,
            @Schema(description = "Résumé de l'épisode") String description,
            @Schema(description = "Durée en secondes") int durationSeconds,
            @Schema(description = "Date de publication") Instant publishedAt,
            @Schema(description = "Adresse du fichier audio chez Ausha") String audioUrl,
            @Schema(description = "Visuel de l'épisode") String imageUrl) {

        static EpisodeView of(Episode episode) {
            return new EpisodeView(episode.title, episode.description, episode.durationSeconds, episode.publishedAt,
                    episode.audioUrl, episode.imageUrl);
        }
    }
}
