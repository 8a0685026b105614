package fr.pitchoun.auth.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.pitchoun.auth.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Limits sign-in attempts against password guessing: wrong passwords per account (an unknown email counts like a
 * known one, so the limit tells nothing about which exist) and attempts per client address, each in a fixed window
 * that starts with its first event. In memory, per instance: bounded in size and forgotten after the window.
 */
@ApplicationScoped
public class LoginLimiter {

    private static final int MAX_TRACKED = 100_000;

    private final Limit accounts;
    private final Limit addresses;

    @Inject
    LoginLimiter(AuthConfig config) {
        this(config.login(), System::nanoTime);
    }

    LoginLimiter(AuthConfig.Login config, LongSupplier nanoClock) {
        this.accounts = new Limit(config.accountMaxFailures(), config.accountWindow(), nanoClock);
        this.addresses = new Limit(config.addressMaxAttempts(), config.addressWindow(), nanoClock);
    }

    /** Counts an attempt from this address; throws {@link SignInThrottledException} when it must be refused. */
    public void attempt(String account, String address) {
        long accountWait = accounts.waitSeconds(account);
        if (accountWait > 0) {
            throw new SignInThrottledException("too many wrong passwords for this account", accountWait);
        }
        long addressWait = addresses.countAndWaitSeconds(address);
        if (addressWait > 0) {
            throw new SignInThrottledException("too many sign-in attempts from " + address, addressWait);
        }
    }

    public void failed(String account) {
        accounts.countAndWaitSeconds(account);
    }

    public void succeeded(String account) {
        accounts.forget(account);
    }

    private static final class Limit {

        private final int max;
        private final long windowNanos;
        private final LongSupplier nanoClock;
        private final Cache<String, Window> windows;

        Limit(int max, Duration window, LongSupplier nanoClock) {
            this.max = max;
            this.windowNanos = window.toNanos();
            this.nanoClock = nanoClock;
            this.windows = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(window).build();
        }

        long waitSeconds(String key) {
            Window window = windows.getIfPresent(key);
            long now = nanoClock.getAsLong();
            return window == null ? 0 : window.waitSeconds(now, max, windowNanos);
        }

        long countAndWaitSeconds(String key) {
            long now = nanoClock.getAsLong();
            Window window = windows.asMap().compute(key, (k, current) ->
                    current == null || now - current.start >= windowNanos ? new Window(now, 1) : current.plusOne());
            return window.count > max ? window.waitSeconds(now, max, windowNanos) : 0;
        }

        void forget(String key) {
            windows.invalidate(key);
        }
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
