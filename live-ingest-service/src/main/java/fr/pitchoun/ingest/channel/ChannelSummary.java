package fr.pitchoun.ingest.channel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "Une chaîne et son état à l'antenne (jamais sa clé de flux)")
public record ChannelSummary(
        @Schema(description = "Identifiant public, nom du flux après renommage", example = "pitchoun-tv") String slug,
        @Schema(description = "Nom affiché", example = "Pitchoun TV") String name,
        @Schema(description = "Une chaîne désactivée ne peut pas publier") boolean enabled,
        @Schema(description = "La régie publie en ce moment") boolean live,
        @Schema(description = "Début de la publication en cours, absent hors antenne",
                example = "2026-11-24T20:15:00Z", nullable = true) Instant liveSince,
        @Schema(description = "Adresse RTMP interne où un transcodeur tire le flux, seulement à l'antenne",
                example = "rtmp://127.0.0.1:1935/live/pitchoun-tv", nullable = true) String pullUrl,
        @Schema(description = "Image ou courte vidéo en boucle diffusée hors antenne (URL ou chemin absolu) ; "
                + "absente : le carton « On revient vite » généré par le transcodeur",
                example = "https://static.pitchoun.fr/slates/pitchoun-tv.png", nullable = true) String slate) {
}
