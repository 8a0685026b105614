package fr.pitchoun.podcast.sync;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.function.UnaryOperator;

/** The outcome of the syncs since start, for /api/sync and the metrics. Ausha's health is told here, not in readiness. */
@Singleton
public class SyncStatus {

    private volatile SyncState state = SyncState.never();

    SyncStatus(MeterRegistry registry) {
        Gauge.builder("pitchoun.podcast.sync.last.success", this,
                        status -> status.state.lastSuccessAt() == null ? 0 : status.state.lastSuccessAt().getEpochSecond())
                .description("End of the last successful Ausha sync (epoch seconds, 0 = none since start)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("pitchoun.podcast.sync.consecutive.failures", this, status -> status.state.consecutiveFailures())
                .description("Ausha syncs failed in a row")
                .register(registry);
    }

    public SyncState current() {
        return state;
    }

    synchronized void update(UnaryOperator<SyncState> change) {
        state = change.apply(state);
    }
}
