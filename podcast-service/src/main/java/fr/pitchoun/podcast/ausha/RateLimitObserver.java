package fr.pitchoun.podcast.ausha;

import java.time.Duration;

/** Told when Ausha answers 429 and the client waits its {@code Retry-After}, so the wait shows in status and metrics. */
public interface RateLimitObserver {

    void waiting(Duration retryAfter);

    void resumed();
}
