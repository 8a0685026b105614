package fr.pitchoun.auth.replay;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The player's position in a full episode, reported every few seconds and at pause or leave. */
public record ProgressRequest(
        @Schema(example = "10201", required = true) Long videoId,
        @Schema(description = "sessionId du lecteur donné par /api/replay/playback", required = true) String sessionId,
        @Schema(description = "Position en secondes", example = "42.5", required = true) Double positionSeconds) {
}
