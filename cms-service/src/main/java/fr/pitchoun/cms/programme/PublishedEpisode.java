package fr.pitchoun.cms.programme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "Épisode publié d'un programme.")
public record PublishedEpisode(
        @Schema(example = "1") int number,
        @Schema(description = "Identifiant stable, unique dans le programme", example = "les-abysses") String slug,
        @Schema(example = "Les abysses") String title,
        String synopsis,
        @Schema(description = "Durée en minutes", example = "12") int durationMinutes,
        @Schema(description = "Thèmes d'apprentissage") List<String> learningThemes,
        @Schema(description = "Adresse de la vidéo en replay sur Kinow, s'il y en a une") String kinowVideoUrl,
        @Schema(description = "Accès anticipé MyPitchoun+ à partir de cette date, s'il y en a un") Instant earlyAccessAt) {

    static PublishedEpisode of(Episode episode) {
        return new PublishedEpisode(episode.number, episode.slug, episode.title, episode.synopsis,
                episode.durationMinutes, episode.learningThemeList(), episode.kinowVideoUrl, episode.earlyAccessAt);
    }
}
