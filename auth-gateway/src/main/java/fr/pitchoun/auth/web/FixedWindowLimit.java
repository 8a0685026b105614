package fr.pitchoun.auth.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * At most {@code max} events per key in a fixed window that starts with the key's first event (sign-in attempts per
 * account or address, playback requests per session). In memory, per instance: bounded in size and forgotten after
 * the window.
 */
public final class FixedWindowLimit {

    private static final int MAX_TRACKED = 100_000;

    private final int max;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final Cache<String, Window> windows;

    public FixedWindowLimit(int max, Duration window, LongSupplier nanoClock) {
        this.max = max;
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
        this.windows = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(window).build();
    }

    /** Seconds to wait before the next event of this key is allowed (0: allowed now), without counting one. */
    public long waitSeconds(String key) {
        Window window = windows.getIfPresent(key);
        long now = nanoClock.getAsLong();
        return window == null ? 0 : window.waitSeconds(now, max, windowNanos);
    }

    /** Counts an event; returns 0 when it is within the limit, else the seconds until the window ends. */
    public long countAndWaitSeconds(String key) {
        long now = nanoClock.getAsLong();
        Window window = windows.asMap().compute(key, (k, current) ->
                current == null || now - current.start >= windowNanos ? new Window(now, 1) : current.plusOne());
        return window.count > max ? window.waitSeconds(now, max, windowNanos) : 0;
    }

    public void forget(String key) {
        windows.invalidate(key);
    }

    private record Window(long start, int count) {

        Window plusOne() {
            return new Window(start, count + 1);
        }

        /** Seconds until the window ends (at least 1) when its count reached the limit, else 0. */
        long waitSeconds(long now, int max, long windowNanos) {
            long remaining = start + windowNanos - now;
            if (count < max || remaining <= 0) {
                return 0;
            }
            return Math.max(1, Duration.ofNanos(remaining).toSeconds() + 1);
        }
    }
}
