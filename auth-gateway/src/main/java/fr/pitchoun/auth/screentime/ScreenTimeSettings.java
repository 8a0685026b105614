package fr.pitchoun.auth.screentime;

import java.time.LocalTime;

/**
 * What a parent set for one child: a daily limit in minutes (null: none) and closed hours from {@code closedFrom} to
 * {@code closedUntil}, local time (both null: none; from after until: the hours cross midnight, e.g. 20:00–07:00).
 */
public record ScreenTimeSettings(Integer dailyLimitMinutes, LocalTime closedFrom, LocalTime closedUntil) {

    public static final ScreenTimeSettings NONE = new ScreenTimeSettings(null, null, null);

    public boolean hasClosedHours() {
        return closedFrom != null && closedUntil != null && !closedFrom.equals(closedUntil);
    }

    /** Whether this local time of day is within the closed hours. */
    boolean closedAt(LocalTime time) {
        if (!hasClosedHours()) {
            return false;
        }
        return closedFrom.isBefore(closedUntil)
                ? !time.isBefore(closedFrom) && time.isBefore(closedUntil)
                : !time.isBefore(closedFrom) || time.isBefore(closedUntil);
    }
}
