package fr.pitchoun.transcode.channel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "État du transcodage d'une chaîne en direct.")
public record ChannelStatus(
        @Schema(description = "Identifiant de la chaîne (slug), aussi le dossier HLS", example = "pitchoun-tv")
        String channel,
        @Schema(description = "État du FFmpeg de la chaîne")
        ChannelState state,
        @Schema(description = "Depuis quand la chaîne est dans cet état")
        Instant since,
        @Schema(description = "Vitesse d'encodage de FFmpeg rapportée au temps réel (1.0 = temps réel), null si inconnue",
                example = "1.01")
        Double speed,
        @Schema(description = "Heure d'écriture de la dernière playlist, donc du dernier segment terminé ; null avant le premier")
        Instant lastSegmentAt,
        @Schema(description = "Code de sortie du dernier FFmpeg terminé, null s'il tourne encore")
        Integer exitCode,
        @Schema(description = "Dernier message d'erreur de FFmpeg quand l'état est FAILED")
        String reason) {
}
