package fr.pitchoun.auth.session;

/** Too many sign-in attempts for this account or from this address: wait {@code retryAfterSeconds}. */
public class SignInThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    SignInThrottledException(String reason, long retryAfterSeconds) {
        super(reason);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
