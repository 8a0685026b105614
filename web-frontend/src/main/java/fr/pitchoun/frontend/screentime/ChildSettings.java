package fr.pitchoun.frontend.screentime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.pitchoun.frontend.family.Avatars;

/** One child's screen-time settings as auth-gateway gives them (its ChildScreenTime), with where it stands today. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChildSettings(long profileId, String name, String avatar, Integer dailyLimitMinutes, String closedFrom,
                            String closedUntil, Today now) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Today(boolean allowed, String message, String reopensLabel, Long remainingSeconds,
                        double playedTodaySeconds) {

        /** « 12 min », « 1 h 05 »: the time played today. */
        public String played() {
            return minutes(Math.round(playedTodaySeconds / 60));
        }

        public String remaining() {
            return remainingSeconds == null ? null : minutes(remainingSeconds / 60);
        }

        private static String minutes(long minutes) {
            return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60);
        }
    }

    public String symbol() {
        return Avatars.of(avatar).symbol();
    }
}
