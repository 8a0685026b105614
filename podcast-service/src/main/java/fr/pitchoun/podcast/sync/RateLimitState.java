package fr.pitchoun.podcast.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "Limite de requêtes d'Ausha (HTTP 429) attendue depuis le démarrage")
public record RateLimitState(
        @Schema(description = "Attentes imposées par Ausha depuis le démarrage") int waits,
        @Schema(description = "Secondes attendues au total") long waitedSeconds,
        @Schema(description = "Dernier Retry-After reçu, en secondes") Long lastRetryAfterSeconds,
        @Schema(description = "Dernier 429 reçu") Instant lastLimitedAt,
        @Schema(description = "Fin de l'attente en cours ; absente si la synchronisation n'attend pas") Instant waitingUntil) {

    static RateLimitState none() {
        return new RateLimitState(0, 0, null, null, null);
    }

    RateLimitState waiting(Instant now, long seconds) {
        return new RateLimitState(waits + 1, waitedSeconds + seconds, seconds, now, now.plusSeconds(seconds));
    }

    RateLimitState resumed() {
        return new RateLimitState(waits, waitedSeconds, lastRetryAfterSeconds, lastLimitedAt, null);
    }
}
