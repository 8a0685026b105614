package fr.pitchoun.podcast.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Une émission et une page de ses épisodes publiés, du plus récent au plus ancien")
public record ShowDetail(
        @Schema(description = "Identifiant utilisé dans les adresses") String slug,
        @Schema(description = "Titre de l'émission") String title,
        @Schema(description = "Présentation de l'émission") String description,
        @Schema(description = "Visuel de l'émission") String imageUrl,
        @Schema(description = "Émission réservée aux abonnés MyPitchoun+") boolean exclusive,
        @Schema(description = "Numéros des saisons de l'émission, dans l'ordre ; vide sans saison") List<Integer> seasons,
        @Schema(description = "Saison demandée, absente pour toutes") Integer season,
        @Schema(description = "Numéro de cette page, à partir de 1") int page,
        @Schema(description = "Nombre de pages (au moins 1)") int pageCount,
        @Schema(description = "Nombre d'épisodes (de la saison demandée)") long episodeCount,
        @Schema(description = "Épisodes de cette page, le plus récent d'abord") List<EpisodeView> episodes) {
}
