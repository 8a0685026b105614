package fr.pitchoun.cms.programme;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        @Schema(description = "Accès anticipé MyPitchoun+ à partir de cette date, s'il y en a un") Instant earlyAccessAt,
        @Schema(description = "Date de diffusion, s'il y en a une") Instant broadcastAt,
        @Schema(description = "La vidéo en replay sur Kinow (null s'il n'y en a pas)", nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS) Video video,
        @Schema(description = "Fenêtre d'accès anticipé MyPitchoun+ (null s'il n'y en a pas) : de « from » jusqu'à la "
                + "diffusion « until », seuls les abonnés MyPitchoun+ regardent l'épisode complet", nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS) EarlyAccess earlyAccess) {

    @Schema(description = "Vidéo Kinow d'un épisode.")
    public record Video(
            @Schema(example = "1101") long kinowVideoId,
            @Schema(description = "L'extrait montré à qui ne peut pas voir l'épisode (null : aucun)", nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) Long kinowExtractId,
            @Schema(description = "Durée selon Kinow, en secondes (null tant qu'elle n'est pas connue)", nullable = true,
                    example = "780") @JsonInclude(JsonInclude.Include.ALWAYS) Integer durationSeconds,
            boolean hasExtract,
            @Schema(description = "false quand Kinow n'a plus cette vidéo : l'épisode n'est pas jouable") boolean available) {
    }

    @Schema(description = "Fenêtre d'accès anticipé.")
    public record EarlyAccess(Instant from, Instant until) {
    }

    static PublishedEpisode of(Episode episode) {
        Video video = episode.hasVideo() ? new Video(episode.kinowVideoId, episode.kinowExtractId,
                episode.videoDurationSeconds, episode.kinowExtractId != null, !episode.videoMissing()) : null;
        // The form asks for the broadcast date with an early access; an older episode without one has no window.
        EarlyAccess window = episode.earlyAccessAt != null && episode.broadcastAt != null
                ? new EarlyAccess(episode.earlyAccessAt, episode.broadcastAt) : null;
        return new PublishedEpisode(episode.number, episode.slug, episode.title, episode.synopsis,
                episode.durationMinutes, episode.learningThemeList(), episode.earlyAccessAt, episode.broadcastAt,
                video, window);
    }
}
