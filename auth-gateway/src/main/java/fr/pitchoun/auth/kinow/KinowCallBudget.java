package fr.pitchoun.auth.kinow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The calls the gateway may still make to Kinow: a token bucket refilled at {@code max-requests-per-minute}, so a
 * burst of sign-ins cannot exceed Kinow's per-minute cap, plus a pause after Kinow answers 429 (its Retry-After, or
 * the default back-off). Shared by every Kinow call of this instance.
 */
@ApplicationScoped
public class KinowCallBudget {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final int perMinute;
    private final Duration defaultBackOff;
    private final LongSupplier nanoClock;
    private double tokens;
    private long refilledAt;
    private long pausedUntil;

    @Inject
    KinowCallBudget(KinowConfig config) {
        this(config.maxRequestsPerMinute(), config.defaultBackOff(), System::nanoTime);
    }

    KinowCallBudget(int perMinute, Duration defaultBackOff, LongSupplier nanoClock) {
        this.perMinute = perMinute;
        this.defaultBackOff = defaultBackOff;
        this.nanoClock = nanoClock;
        this.tokens = perMinute;
        this.refilledAt = nanoClock.getAsLong();
        this.pausedUntil = refilledAt;
    }

    /** Spends one call, or throws {@link KinowThrottledException} when none may be made now. */
    public synchronized void take() {
        long now = nanoClock.getAsLong();
        if (now - pausedUntil < 0) {
            throw new KinowThrottledException("backing off after Kinow's 429 for another "
                    + Duration.ofNanos(pausedUntil - now).toSeconds() + " s");
        }
        tokens = Math.min(perMinute, tokens + (double) (now - refilledAt) * perMinute / MINUTE_NANOS);
        refilledAt = now;
        if (tokens < 1) {
            throw new KinowThrottledException("request budget of " + perMinute + " Kinow calls per minute spent");
        }
        tokens -= 1;
    }

    /** Kinow answered 429: no call until its Retry-After (or the default back-off) has passed. */
    public synchronized void backOff(Optional<Long> retryAfterSeconds) {
        long pause = retryAfterSeconds.map(Duration::ofSeconds).orElse(defaultBackOff).toNanos();
        long until = nanoClock.getAsLong() + pause;
        if (until - pausedUntil > 0) {
            pausedUntil = until;
        }
    }

    /** Calls that could be made right now, for the admin API. */
    public synchronized int available() {
        long now = nanoClock.getAsLong();
        if (now - pausedUntil < 0) {
            return 0;
        }
        return (int) Math.min(perMinute, tokens + (double) (now - refilledAt) * perMinute / MINUTE_NANOS);
    }
}
