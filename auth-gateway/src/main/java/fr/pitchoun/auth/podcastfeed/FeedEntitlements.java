package fr.pitchoun.auth.podcastfeed;

import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.Entitlements;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a family still holds MyPitchoun+ when its feed is read. A podcast app polls with no session, so the
 * session's entitlements cannot say it: Kinow's subscription accesses are read, and kept
 * {@code quarkus.cache.caffeine."podcast-feed-entitlements".expire-after-write} (4 minutes: shorter than the
 * sessions' 10-minute cache, since a feed has no session to end), and forgotten with the others by Kinow's webhook.
 */
@ApplicationScoped
public class FeedEntitlements {

    static final String CACHE = "podcast-feed-entitlements";

    private final Entitlements entitlements;
    private final Cache cache;

    FeedEntitlements(Entitlements entitlements, @CacheName(CACHE) Cache cache) {
        this.entitlements = entitlements;
        this.cache = cache;
    }

    @CacheResult(cacheName = CACHE)
    public Uni<Boolean> holdsMyPitchounPlus(long customerId) {
        return entitlements.read(customerId).map(held -> held.contains(Entitlement.MYPITCHOUN_PLUS));
    }

    public Uni<Void> forget(long customerId) {
        return cache.invalidate(customerId);
    }
}
