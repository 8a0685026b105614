package fr.pitchoun.auth.session;

import fr.pitchoun.auth.config.AuthConfig;
import fr.pitchoun.auth.web.FixedWindowLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.LongSupplier;

/**
 * Limits sign-in attempts against password guessing: wrong passwords per account (an unknown email counts like a
 * known one, so the limit tells nothing about which exist) and attempts per client address, each in a fixed window
 * that starts with its first event ({@link FixedWindowLimit}).
 */
@ApplicationScoped
public class LoginLimiter {

    private final FixedWindowLimit accounts;
    private final FixedWindowLimit addresses;

    @Inject
    LoginLimiter(AuthConfig config) {
        this(config.login(), System::nanoTime);
    }

    LoginLimiter(AuthConfig.Login config, LongSupplier nanoClock) {
        this.accounts = new FixedWindowLimit(config.accountMaxFailures(), config.accountWindow(), nanoClock);
        this.addresses = new FixedWindowLimit(config.addressMaxAttempts(), config.addressWindow(), nanoClock);
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
}
