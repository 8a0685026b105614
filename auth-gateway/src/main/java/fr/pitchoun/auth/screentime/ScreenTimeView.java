package fr.pitchoun.auth.screentime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The screen-time answer for a child now, ready for the site to show. */
@Schema(description = "Temps d'écran d'un enfant maintenant : lecture permise, ou pourquoi pas et jusqu'à quand")
public record ScreenTimeView(
        @Schema(description = "La lecture peut commencer ou continuer") boolean allowed,
        @Schema(nullable = true, description = "limite-atteinte ou heures-fermees quand la lecture est refusée")
        String reason,
        @Schema(nullable = true, description = "Phrase pour l'enfant quand la lecture est refusée") String message,
        @Schema(nullable = true, description = "Quand la lecture rouvre") Instant reopensAt,
        @Schema(nullable = true, description = "Quand la lecture rouvre, en français", example = "demain à 7 h 00")
        String reopensLabel,
        @Schema(nullable = true, description = "Secondes de lecture encore permises (absent : sans fin)")
        Long remainingSeconds,
        @Schema(description = "Temps joué aujourd'hui (heure de Paris), en secondes") double playedTodaySeconds,
        @Schema(nullable = true, description = "Fin du déblocage donné par le parent") Instant unlockedUntil) {

    /** For a session where no child watches: nothing limits a parent. */
    static final ScreenTimeView PARENT = new ScreenTimeView(true, null, null, null, null, null, 0, null);
}
