package fr.pitchoun.frontend.parents;

import java.time.ZoneId;

/** Time as the parents' space writes it: « 45 s », « 12 min », « 1 h 05 ». */
final class TimeSpent {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private TimeSpent() {
    }

    static String of(double seconds) {
        long whole = Math.round(seconds);
        if (whole < 60) {
            return whole + " s";
        }
        long minutes = Math.round(seconds / 60);
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60);
    }
}
