package fr.pitchoun.auth.session;

import fr.pitchoun.auth.kinow.KinowClient;
import fr.pitchoun.auth.kinow.KinowConfig;
import fr.pitchoun.auth.kinow.KinowCredentials;
import fr.pitchoun.auth.kinow.KinowCustomer;
import fr.pitchoun.auth.kinow.KinowException;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Signs a viewer in against Kinow and works out what their subscriptions open, within a bounded wait. */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);
    /** A family holds a handful of subscriptions: one page of this size holds them all. */
    static final int ACCESSES_PAGE_SIZE = 100;

    private final KinowClient kinow;
    private final EntitlementRules rules;
    private final Duration timeout;
    private final MeterRegistry metrics;

    SessionService(KinowClient kinow, EntitlementRules rules, KinowConfig config, MeterRegistry metrics) {
        this.kinow = kinow;
        this.rules = rules;
        this.timeout = config.signInTimeout();
        this.metrics = metrics;
    }

    /**
     * Fails with {@link InvalidCredentialsException} when Kinow refuses the credentials, and with
     * {@link SubscriptionServiceUnavailableException} for anything else that keeps us from an answer.
     */
    public Uni<SignedInViewer> signIn(String email, String password) {
        KinowCredentials credentials = new KinowCredentials(email.trim().toLowerCase(Locale.ROOT), password);
        return kinow.checkCredentials(credentials)
                .onFailure(SessionService::refusesCredentials).transform(InvalidCredentialsException::new)
                .chain(this::withEntitlements)
                .ifNoItem().after(timeout).failWith(() -> new SubscriptionServiceUnavailableException(
                        "Kinow gave no answer within " + timeout, null))
                .onFailure(failure -> !(failure instanceof InvalidCredentialsException
                        || failure instanceof SubscriptionServiceUnavailableException))
                .transform(failure -> new SubscriptionServiceUnavailableException(describe(failure), failure))
                .onItemOrFailure().invoke(this::record);
    }

    private Uni<SignedInViewer> withEntitlements(KinowCustomer customer) {
        return kinow.subscriptionAccesses(customer.id(), 1, ACCESSES_PAGE_SIZE)
                .map(page -> {
                    Set<Entitlement> entitlements = rules.entitlements(page.accesses(), Instant.now());
                    return new SignedInViewer(customer.id(), customer.firstname(), List.copyOf(entitlements));
                });
    }

    /**
     * A 4xx from check-credentials is Kinow saying no to the viewer, except 401/403 (our client id or secret),
     * 408 and 429 (Kinow busy), which are ours to fix or to wait out.
     */
    private static boolean refusesCredentials(Throwable failure) {
        if (!(failure instanceof KinowException kinow)) {
            return false;
        }
        int status = kinow.status();
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
    }

    private static String describe(Throwable failure) {
        if (failure instanceof KinowException kinow && (kinow.status() == 401 || kinow.status() == 403)) {
            return "Kinow refuses our client id or secret (check PITCHOUN_KINOW_CLIENT_ID / _SECRET): "
                    + kinow.getMessage();
        }
        return "Kinow call failed: " + failure;
    }

    private void record(SignedInViewer viewer, Throwable failure) {
        String outcome;
        if (failure == null) {
            outcome = "signed-in";
        } else if (failure instanceof InvalidCredentialsException) {
            outcome = "refused";
        } else {
            outcome = "kinow-unavailable";
            LOG.warn(failure.getMessage());
        }
        metrics.counter("pitchoun.auth.sign-ins", "outcome", outcome).increment();
    }
}
