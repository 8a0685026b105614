package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.state.ChannelState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "État d'une chaîne en direct sur ce worker.")
public record ChannelStatus(
        @Schema(description = "Identifiant de la chaîne (slug), aussi le dossier HLS", example = "pitchoun-tv")
        String channel,
        @Schema(description = "STARTING (connexion au flux, carton à l'antenne), LIVE (direct), SLATE (carton d'attente) "
                + "ou FAILED (FFmpeg échoue à répétition, carton à l'antenne)")
        ChannelState state,
        @Schema(description = "Depuis quand la chaîne est dans cet état")
        Instant since,
        @Schema(description = "Pourquoi, hors direct (fin du flux, FFmpeg bloqué, dernière erreur de FFmpeg…)",
                nullable = true)
        String reason,
        @Schema(description = "Rendus annoncés dans master.m3u8, du plus haut au plus bas", example = "[\"1080p\",\"720p\",\"480p\"]")
        List<String> renditions,
        @Schema(description = "Vitesse d'encodage de FFmpeg rapportée au temps réel (1.0 = temps réel), null sans FFmpeg",
                example = "1.01", nullable = true)
        Double speed,
        @Schema(description = "Redémarrages automatiques de FFmpeg depuis le démarrage du worker")
        int restarts,
        @Schema(description = "PID du FFmpeg en cours, null sans FFmpeg", nullable = true)
        Long ffmpegPid,
        @Schema(description = "Ajout du dernier segment (direct ou carton) aux playlists publiques", nullable = true)
        Instant lastSegmentAt,
        @Schema(description = "Âge du dernier segment publié, en secondes", nullable = true, example = "0.8")
        Double lastSegmentAgeSeconds,
        @Schema(description = "Ajout du dernier segment du direct", nullable = true)
        Instant lastLiveSegmentAt,
        @Schema(description = "Jusqu'où « Reprendre depuis le début » remonte : durée des segments gardés, en secondes",
                example = "10800.0")
        double startOverSeconds,
        @Schema(description = "Place des segments de la chaîne sur le disque (fenêtre du direct et reprise, tous rendus "
                + "et son), en octets", example = "3456789012")
        long hlsBytes) {
}
