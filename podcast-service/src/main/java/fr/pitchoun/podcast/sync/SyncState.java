package fr.pitchoun.podcast.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "État de la synchronisation avec Ausha depuis le démarrage du service")
public record SyncState(
        @Schema(description = "Résultat de la dernière tentative") SyncResult result,
        @Schema(description = "Le même état, en une phrase") String message,
        @Schema(description = "Début de la dernière tentative") Instant lastAttemptAt,
        @Schema(description = "Fin de la dernière synchronisation réussie") Instant lastSuccessAt,
        @Schema(description = "Dernier échec, même si une synchronisation a réussi depuis") Instant lastFailureAt,
        @Schema(description = "Cause du dernier échec si la dernière tentative a échoué") String lastError,
        @Schema(description = "Code HTTP d'Ausha lors du dernier échec, absent si Ausha était injoignable") Integer aushaHttpStatus,
        @Schema(description = "Échecs d'affilée depuis la dernière réussite") int consecutiveFailures,
        @Schema(description = "Émissions copiées lors de la dernière réussite") int shows,
        @Schema(description = "Épisodes publiés copiés lors de la dernière réussite") int episodes,
        @Schema(description = "Dont exclusivités MyPitchoun+") int exclusiveEpisodes,
        @Schema(description = "Attentes imposées par Ausha (429 et Retry-After)") RateLimitState rateLimit) {

    static SyncState never() {
        return new SyncState(SyncResult.NEVER, "Aucune synchronisation avec Ausha depuis le démarrage.",
                null, null, null, null, null, 0, 0, 0, 0, RateLimitState.none());
    }

    SyncState succeeded(Instant startedAt, Instant endedAt, int showCount, int episodeCount, int exclusiveCount) {
        return new SyncState(SyncResult.SUCCESS, "Synchronisation réussie : " + showCount + " émission(s), "
                + episodeCount + " épisode(s) dont " + exclusiveCount + " exclusivité(s).", startedAt, endedAt,
                lastFailureAt, null, null, 0, showCount, episodeCount, exclusiveCount, rateLimit);
    }

    SyncState failed(Instant startedAt, String error, Integer httpStatus) {
        return new SyncState(SyncResult.FAILURE,
                "Échec de la synchronisation : " + error + " Le catalogue déjà enregistré reste servi.", startedAt,
                lastSuccessAt, startedAt, error, httpStatus, consecutiveFailures + 1, shows, episodes,
                exclusiveEpisodes, rateLimit);
    }

    SyncState withRateLimit(RateLimitState limit) {
        return new SyncState(result, message, lastAttemptAt, lastSuccessAt, lastFailureAt, lastError, aushaHttpStatus,
                consecutiveFailures, shows, episodes, exclusiveEpisodes, limit);
    }
}
