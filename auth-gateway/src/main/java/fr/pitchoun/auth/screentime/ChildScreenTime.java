package fr.pitchoun.auth.screentime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One child's settings as the parent's page shows them, with where the child stands now. */
@Schema(description = "Réglages du temps d'écran d'un enfant, et où il en est maintenant")
public record ChildScreenTime(
        long profileId,
        String name,
        String avatar,
        @Schema(nullable = true, description = "Minutes par jour ; absent : sans limite") Integer dailyLimitMinutes,
        @Schema(nullable = true, example = "20:00") String closedFrom,
        @Schema(nullable = true, example = "07:00") String closedUntil,
        ScreenTimeView now) {
}
