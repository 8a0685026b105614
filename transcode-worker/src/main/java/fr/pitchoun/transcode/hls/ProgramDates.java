package fr.pitchoun.transcode.hls;

import java.time.Duration;
import java.time.Instant;

/**
 * The wall-clock dates of a channel's slots ({@code EXT-X-PROGRAM-DATE-TIME}): each slot starts where the one before
 * it ends, live and slate alike, so players map segments to the clock without a jump. The clock is taken again only
 * for the first slot, or at a discontinuity that finds the dates more than {@value #DRIFT_SEGMENTS} segments off (a
 * worker that was away).
 */
final class ProgramDates {

    static final int DRIFT_SEGMENTS = 3;

    private final Duration drift;
    private Instant next;

    ProgramDates(int segmentSeconds) {
        this.drift = Duration.ofSeconds((long) segmentSeconds * DRIFT_SEGMENTS);
    }

    /** Goes on after a slot a previous owner published. */
    void after(Instant programDate, double duration) {
        next = programDate.plusMillis(Math.round(duration * 1000));
    }

    /** The date of a slot of {@code duration} seconds published (its last frame out) at {@code now}. */
    Instant of(Instant now, double duration, boolean discontinuity) {
        long millis = Math.round(duration * 1000);
        Instant fromClock = now.minusMillis(millis);
        Instant date = next;
        if (date == null || discontinuity && Duration.between(date, fromClock).abs().compareTo(drift) > 0) {
            date = fromClock;
        }
        next = date.plusMillis(millis);
        return date;
    }
}
