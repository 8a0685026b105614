package fr.pitchoun.auth.replay;

/** A session asked for players too often. */
class PlaybackThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    PlaybackThrottledException(long retryAfterSeconds) {
        super("playback requests over the per-session limit");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
