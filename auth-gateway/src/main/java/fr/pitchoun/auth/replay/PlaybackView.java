package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.session.Entitlement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The server's decision for one viewer and one episode (deploy/CONTRACTS.md "Replay"). */
public record PlaybackView(
        PlaybackMode mode,
        @Schema(nullable = true, description = "Absent (null) pour LOCKED") PlayerView player,
        @Schema(description = "Où reprendre (FULL), sinon 0") double resumeAtSeconds,
        @Schema(description = "Durée de l'épisode en secondes") Integer durationSeconds,
        @Schema(nullable = true, description = "Offre qui ouvrirait l'épisode entier") Entitlement requiredOffer) {
}
