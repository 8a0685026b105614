package fr.pitchoun.auth.session;

import fr.pitchoun.auth.config.AuthConfig;
import fr.pitchoun.auth.kinow.Kinow;
import fr.pitchoun.auth.kinow.KinowConfig;
import fr.pitchoun.auth.kinow.KinowCredentials;
import fr.pitchoun.auth.kinow.KinowCustomer;
import fr.pitchoun.auth.kinow.KinowRefusedException;
import fr.pitchoun.auth.kinow.KinowUnavailableException;
import fr.pitchoun.auth.token.InvalidTokenException;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Signs viewers in against Kinow within a bounded wait, keeps their sessions going while they are active, and ends
 * them. A refreshed token carries the entitlements as they are now (cached; forgotten on Kinow's webhook), or, when
 * Kinow cannot tell, those of the previous token: Kinow being down never signs a viewer out.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);

    private final Kinow kinow;
    private final Entitlements entitlements;
    private final SessionTokens tokens;
    private final RevokedSessions revoked;
    private final LoginLimiter limiter;
    private final Duration timeout;
    private final Duration refusalFloor;
    private final MeterRegistry metrics;

    SessionService(Kinow kinow, Entitlements entitlements, SessionTokens tokens, RevokedSessions revoked,
                   LoginLimiter limiter, KinowConfig kinowConfig, AuthConfig config, MeterRegistry metrics) {
        this.kinow = kinow;
        this.entitlements = entitlements;
        this.tokens = tokens;
        this.revoked = revoked;
        this.limiter = limiter;
        this.timeout = kinowConfig.signInTimeout();
        this.refusalFloor = config.login().refusalFloor();
        this.metrics = metrics;
    }

    /**
     * Fails with {@link SignInThrottledException} over the attempt limits, {@link InvalidCredentialsException} when
     * Kinow refuses the credentials (never sooner than the refusal floor), and {@link KinowUnavailableException} for
     * anything else that keeps us from an answer.
     */
    public Uni<SessionTokens.IssuedSession> signIn(String email, String password, String clientAddress) {
        return checked(email, password, clientAddress, this::withFreshEntitlements)
                .onItemOrFailure().invoke((session, failure) -> record(outcome(failure), failure));
    }

    /**
     * Checks a password at Kinow the way sign-in does, under the same limits and refusal floor, without opening a
     * session (a parent confirming an action). Fails like {@link #signIn}.
     */
    public Uni<KinowCustomer> checkPassword(String email, String password, String clientAddress) {
        return checked(email, password, clientAddress, customer -> Uni.createFrom().item(customer));
    }

    private <T> Uni<T> checked(String email, String password, String clientAddress,
                               java.util.function.Function<KinowCustomer, Uni<T>> then) {
        long startedAt = System.nanoTime();
        String account = email.trim().toLowerCase(Locale.ROOT);
        try {
            limiter.attempt(account, clientAddress);
        } catch (SignInThrottledException e) {
            record("throttled", null);
            return Uni.createFrom().failure(e);
        }
        return kinow.checkCredentials(new KinowCredentials(account, password))
                .chain(customer -> then.apply(customer))
                .ifNoItem().after(timeout).failWith(() -> new KinowUnavailableException(
                        "Kinow gave no answer within " + timeout, null))
                .onFailure(failure -> !(failure instanceof KinowRefusedException
                        || failure instanceof KinowUnavailableException))
                .transform(failure -> new KinowUnavailableException("Kinow call failed: " + failure, failure))
                .onFailure(KinowRefusedException.class).call(() -> {
                    limiter.failed(account);
                    return waitUntil(startedAt, refusalFloor);
                })
                .onFailure(KinowRefusedException.class).transform(InvalidCredentialsException::new)
                .invoke(() -> limiter.succeeded(account));
    }

    /** A fresh sign-in reads the entitlements from Kinow, not from the cache. */
    private Uni<SessionTokens.IssuedSession> withFreshEntitlements(KinowCustomer customer) {
        return entitlements.forget(customer.id())
                .chain(() -> entitlements.of(customer.id()))
                // Kinow refusing the accesses of a customer it just recognised is Kinow's trouble, not the viewer's.
                .onFailure(KinowRefusedException.class).transform(e -> new KinowUnavailableException(
                        "Kinow refused the subscription accesses of customer " + customer.id(), e))
                // Signing costs RSA work: off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(set -> tokens.open(customer.id(), customer.firstname(), set));
    }

    /**
     * The next token of a valid, unrevoked session; fails with {@link InvalidTokenException} otherwise, or when the
     * session is older than the longest a session may be refreshed. Blocking (database, and a bounded Kinow wait).
     */
    public SessionTokens.IssuedSession refresh(String token) {
        ViewerSession session = tokens.verify(token);
        if (!tokens.renewable(session)) {
            throw new InvalidTokenException("session too old to be refreshed");
        }
        Set<Entitlement> current;
        try {
            current = entitlements.of(session.customerId()).await().atMost(timeout);
        } catch (RuntimeException e) {
            LOG.warnf("Entitlements of customer %d unavailable (%s): the refreshed session keeps its own",
                    session.customerId(), e.toString());
            current = session.entitlements();
        }
        return tokens.renew(session, current);
    }

    /** Ends the session of this token, if it is one; blocking (database). */
    public void signOut(String token) {
        try {
            ViewerSession session = tokens.verify(token);
            revoked.revoke(session.sessionId(), tokens.refreshableUntil(session));
        } catch (InvalidTokenException e) {
            // Nothing to revoke: an expired or foreign token already opens nothing.
        }
    }

    private static Uni<Void> waitUntil(long startedAt, Duration floor) {
        long remaining = floor.toNanos() - (System.nanoTime() - startedAt);
        if (remaining <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofNanos(remaining));
    }

    static List<Entitlement> sorted(Set<Entitlement> entitlements) {
        return entitlements.stream().sorted().toList();
    }

    private static String outcome(Throwable failure) {
        if (failure == null) {
            return "signed-in";
        }
        return failure instanceof InvalidCredentialsException ? "refused" : "kinow-unavailable";
    }

    private void record(String outcome, Throwable failure) {
        if (failure instanceof KinowUnavailableException) {
            LOG.warnf("Sign-in impossible: %s", failure.getMessage());
        }
        metrics.counter("pitchoun.auth.sign-ins", "outcome", outcome).increment();
    }
}
