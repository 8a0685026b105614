package fr.pitchoun.podcast.sync;

import fr.pitchoun.podcast.ausha.RateLimitObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The outcome of the syncs since start, for /api/sync and the metrics, including Ausha's rate-limit waits. Ausha's
 * health is told here, not in readiness.
 */
@Singleton
public class SyncStatus implements RateLimitObserver {

    private volatile SyncState state = SyncState.never();
    private final Counter rateLimited;
    private final Counter rateLimitWait;

    SyncStatus(MeterRegistry registry) {
        Gauge.builder("pitchoun.podcast.sync.last.success", this,
                        status -> status.state.lastSuccessAt() == null ? 0 : status.state.lastSuccessAt().getEpochSecond())
                .description("End of the last successful Ausha sync (epoch seconds, 0 = none since start)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("pitchoun.podcast.sync.consecutive.failures", this, status -> status.state.consecutiveFailures())
                .description("Ausha syncs failed in a row")
                .register(registry);
        Gauge.builder("pitchoun.podcast.ausha.rate.limit.waiting", this,
                        status -> status.state.rateLimit().waitingUntil() == null ? 0 : 1)
                .description("1 while the sync waits out an Ausha Retry-After")
                .register(registry);
        rateLimited = Counter.builder("pitchoun.podcast.ausha.rate.limited")
                .description("Ausha answers 429 waited out").register(registry);
        rateLimitWait = Counter.builder("pitchoun.podcast.ausha.rate.limit.wait")
                .description("Time spent waiting Ausha's Retry-After").baseUnit("seconds").register(registry);
    }

    public SyncState current() {
        return state;
    }

    synchronized void update(UnaryOperator<SyncState> change) {
        state = change.apply(state);
    }

    @Override
    public void waiting(Duration retryAfter) {
        rateLimited.increment();
        rateLimitWait.increment(retryAfter.toSeconds());
        update(current -> current.withRateLimit(current.rateLimit().waiting(Instant.now(), retryAfter.toSeconds())));
    }

    @Override
    public void resumed() {
        update(current -> current.withRateLimit(current.rateLimit().resumed()));
    }
}
