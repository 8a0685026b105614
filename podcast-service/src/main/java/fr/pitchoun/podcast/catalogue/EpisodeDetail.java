package fr.pitchoun.podcast.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Un épisode et l'émission à laquelle il appartient")
public record EpisodeDetail(
        @Schema(description = "Identifiant de l'émission") String showSlug,
        @Schema(description = "Titre de l'émission") String showTitle,
        @Schema(description = "Visuel de l'émission") String showImageUrl,
        EpisodeView episode) {
}
