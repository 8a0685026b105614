package fr.pitchoun.auth.podcastfeed;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The family's feed as Mon compte shows it: the secret only in the answer that made it, never again. */
@Schema(description = "Flux privé des podcasts de la famille")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedView(
        @Schema(description = "Le compte a un flux") boolean active,
        @Schema(description = "Création ou dernière réinitialisation") Instant createdAt,
        @Schema(description = "Le secret de l'adresse, seulement à sa création") String secret) {

    @Override
    public String toString() {
        return "FeedView[active=" + active + ", createdAt=" + createdAt + "]";
    }
}
