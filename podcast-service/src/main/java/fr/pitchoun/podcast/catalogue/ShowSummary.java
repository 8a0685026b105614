package fr.pitchoun.podcast.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "Une émission de podcast et son nombre d'épisodes publiés")
public record ShowSummary(
        @Schema(description = "Identifiant utilisé dans les adresses", example = "les-histoires-du-soir-de-pitchoun") String slug,
        @Schema(description = "Titre de l'émission") String title,
        @Schema(description = "Présentation de l'émission") String description,
        @Schema(description = "Visuel de l'émission") String imageUrl,
        @Schema(description = "Émission réservée aux abonnés MyPitchoun+") boolean exclusive,
        @Schema(description = "Nombre d'épisodes publiés, exclusivités comprises") long episodeCount,
        @Schema(description = "Date de publication du dernier épisode, absente s'il n'y en a aucun") Instant latestEpisodeAt) {
}
