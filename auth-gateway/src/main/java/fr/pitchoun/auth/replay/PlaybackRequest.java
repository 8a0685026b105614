package fr.pitchoun.auth.replay;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** What the site asks to play: the episode's Kinow video, its extract, and the end of its early access. */
public record PlaybackRequest(
        @Schema(description = "Vidéo Kinow de l'épisode", example = "10201", required = true) Long videoId,
        @Schema(description = "Extrait Kinow de l'épisode", nullable = true, example = "20201") Long extractId,
        @Schema(description = "Fin de l'avant-première (diffusion) ; avant, seul MyPitchoun+ voit l'épisode",
                nullable = true, example = "2026-12-10T18:00:00Z") Instant earlyAccessUntil) {
}
