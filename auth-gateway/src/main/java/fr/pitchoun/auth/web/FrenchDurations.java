package fr.pitchoun.auth.web;

/** "30 secondes", "1 minute", "15 minutes": how long to wait, as a message says it. */
public final class FrenchDurations {

    private FrenchDurations() {
    }

    public static String of(long seconds) {
        if (seconds < 60) {
            return seconds + (seconds > 1 ? " secondes" : " seconde");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes > 1 ? " minutes" : " minute");
    }
}
