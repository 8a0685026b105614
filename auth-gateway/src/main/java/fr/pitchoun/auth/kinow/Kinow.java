package fr.pitchoun.auth.kinow;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Supplier;

/**
 * Every call the gateway makes to Kinow: spent from the shared {@link KinowCallBudget}, bounded in time, and behind a
 * circuit breaker (one per operation) that opens when Kinow keeps failing, so we stop hammering it, and closes by
 * itself once a trial call succeeds. Failures come out as {@link KinowRefusedException} (Kinow said no to the
 * viewer's input) or {@link KinowUnavailableException}; an open circuit or a timeout surfaces as the fault-tolerance
 * exception, which callers read as "unavailable" too. Settings: {@code fr.pitchoun.auth.kinow.Kinow/CircuitBreaker/…}
 * and {@code …/Timeout/value} (MicroProfile Fault Tolerance).
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 1,
        skipOn = {KinowRefusedException.class, KinowThrottledException.class})
@Timeout(2_000)
public class Kinow {

    private static final Logger LOG = Logger.getLogger(Kinow.class);

    private final KinowClient client;
    private final KinowReplayClient replay;
    private final KinowCallBudget budget;

    Kinow(KinowClient client, KinowReplayClient replay, KinowCallBudget budget) {
        this.client = client;
        this.replay = replay;
        this.budget = budget;
    }

    @CircuitBreakerName("kinow-check-credentials")
    public Uni<KinowCustomer> checkCredentials(KinowCredentials credentials) {
        return call(() -> client.checkCredentials(credentials));
    }

    @CircuitBreakerName("kinow-customer")
    public Uni<KinowCustomer> customer(long customerId) {
        return call(() -> client.customer(customerId));
    }

    @CircuitBreakerName("kinow-create-customer")
    public Uni<KinowCustomer> createCustomer(KinowCustomerCreation creation) {
        return call(() -> client.createCustomer(creation));
    }

    @CircuitBreakerName("kinow-subscriptions")
    public Uni<KinowSubscriptionAccesses> subscriptionAccesses(long customerId, int page, int perPage) {
        return call(() -> client.subscriptionAccesses(customerId, page, perPage));
    }

    @CircuitBreakerName("kinow-has-access")
    public Uni<List<KinowProductAccessInfo>> hasAccess(long customerId, KinowProductIdList products) {
        return call(() -> client.hasAccess(customerId, products));
    }

    @CircuitBreakerName("kinow-password-token")
    public Uni<KinowToken> passwordToken(KinowEmail email) {
        return call(() -> client.passwordToken(email));
    }

    @CircuitBreakerName("kinow-password-token-consume")
    public Uni<Void> passwordTokenConsume(KinowPasswordChange change) {
        return call(() -> client.passwordTokenConsume(change));
    }

    @CircuitBreakerName("kinow-products")
    public Uni<KinowPage<KinowProduct>> products(int page, int perPage) {
        return call(() -> replay.products(page, perPage));
    }

    @CircuitBreakerName("kinow-categories")
    public Uni<KinowPage<KinowCategory>> categories(int page, int perPage) {
        return call(() -> replay.categories(page, perPage));
    }

    @CircuitBreakerName("kinow-category-products")
    public Uni<KinowPage<KinowProduct>> categoryProducts(long categoryId, int page, int perPage) {
        return call(() -> replay.categoryProducts(categoryId, page, perPage));
    }

    @CircuitBreakerName("kinow-product-videos")
    public Uni<KinowPage<KinowVideo>> productVideos(long productId, int page, int perPage) {
        return call(() -> replay.productVideos(productId, page, perPage));
    }

    @CircuitBreakerName("kinow-product-extracts")
    public Uni<KinowPage<KinowExtract>> productExtracts(long productId, int page, int perPage) {
        return call(() -> replay.productExtracts(productId, page, perPage));
    }

    @CircuitBreakerName("kinow-video")
    public Uni<KinowVideo> video(long videoId) {
        return call(() -> replay.video(videoId));
    }

    @CircuitBreakerName("kinow-video-player")
    public Uni<KinowPlayerConfiguration> videoPlayer(long videoId, long customerId, String isoCode) {
        return call(() -> replay.videoPlayer(videoId, customerId, isoCode));
    }

    @CircuitBreakerName("kinow-extract-player")
    public Uni<KinowPlayerConfiguration> extractPlayer(long extractId, Long customerId, String isoCode) {
        return call(() -> replay.extractPlayer(extractId, customerId, isoCode));
    }

    @CircuitBreakerName("kinow-video-access")
    public Uni<List<KinowVideoAccessInfo>> videoAccess(long customerId, long videoId) {
        return call(() -> replay.videoAccess(customerId, KinowVideoIdList.of(videoId)));
    }

    @CircuitBreakerName("kinow-video-stat-session")
    public Uni<KinowVideoStatSession> createVideoStatSession(KinowVideoStatSession session) {
        return call(() -> replay.createVideoStatSession(session));
    }

    @CircuitBreakerName("kinow-videos-watching")
    public Uni<KinowPage<KinowVideoWatching>> videosWatching(long customerId, int page, int perPage) {
        return call(() -> replay.videosWatching(customerId, page, perPage));
    }

    private <T> Uni<T> call(Supplier<Uni<T>> request) {
        return Uni.createFrom().deferred(() -> {
            budget.take();
            return request.get();
        }).onFailure().transform(this::classify);
    }

    /**
     * A 4xx is Kinow saying no to the viewer's input, except 401/403 (our client id or secret), 408 and 429 (Kinow
     * busy), which are ours to fix or to wait out.
     */
    private Throwable classify(Throwable failure) {
        if (failure instanceof KinowUnavailableException) {
            return failure;
        }
        if (failure instanceof KinowException kinow) {
            int status = kinow.status();
            if (status == 429) {
                budget.backOff(kinow.retryAfterSeconds());
                return unavailable("Kinow rate-limits us (429), backing off: " + kinow.kinowMessage(), kinow);
            }
            if (status == 401 || status == 403) {
                return unavailable("Kinow refuses our client id or secret (check PITCHOUN_KINOW_CLIENT_ID / _SECRET): "
                        + kinow.getMessage(), kinow);
            }
            if (status >= 400 && status < 500 && status != 408) {
                return new KinowRefusedException(kinow);
            }
        }
        return unavailable("Kinow call failed: " + failure, failure);
    }

    private static KinowUnavailableException unavailable(String reason, Throwable cause) {
        LOG.warn(reason);
        return new KinowUnavailableException(reason, cause);
    }
}
