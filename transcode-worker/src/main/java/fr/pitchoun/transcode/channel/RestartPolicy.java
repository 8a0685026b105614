package fr.pitchoun.transcode.channel;

import java.time.Duration;

/**
 * When to start FFmpeg again after it failed while the control room is on air: after 1 s, 2 s, 4 s… up to the
 * configured longest wait; the channel shows FAILED after a few failures in a row, while the restarts go on.
 */
final class RestartPolicy {

    /** Failed starts in a row after which the channel shows FAILED. */
    static final int FAILED_AFTER = 3;

    private final long maxDelaySeconds;
    private int failures;
    private int restarts;

    RestartPolicy(long maxDelaySeconds) {
        this.maxDelaySeconds = maxDelaySeconds;
    }

    /** The feed is new, or a live segment went on air: the next failure is a first one again. */
    void reset() {
        failures = 0;
    }

    void failed() {
        failures++;
    }

    /** The wait before the next start, after the failures so far. */
    Duration delay() {
        return Duration.ofSeconds(Math.min(maxDelaySeconds, 1L << Math.min(Math.max(failures - 1, 0), 20)));
    }

    boolean failing() {
        return failures >= FAILED_AFTER;
    }

    int failures() {
        return failures;
    }

    void restarted() {
        restarts++;
    }

    /** Automatic restarts since the worker started. */
    int restarts() {
        return restarts;
    }
}
