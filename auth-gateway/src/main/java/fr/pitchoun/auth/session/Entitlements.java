package fr.pitchoun.auth.session;

import fr.pitchoun.auth.kinow.Kinow;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Set;

/**
 * A customer's entitlements, cached (Kinow asks integrators to keep a local cache): read from their subscription
 * accesses at most once per {@code quarkus.cache.caffeine."kinow-entitlements".expire-after-write}, and forgotten as
 * soon as Kinow's access webhook says they changed.
 */
@ApplicationScoped
public class Entitlements {

    static final String CACHE = "kinow-entitlements";
    /** A family holds a handful of subscriptions: one page of this size holds them all. */
    static final int ACCESSES_PAGE_SIZE = 100;

    private final Kinow kinow;
    private final EntitlementRules rules;
    private final Cache cache;

    Entitlements(Kinow kinow, EntitlementRules rules, @CacheName(CACHE) Cache cache) {
        this.kinow = kinow;
        this.rules = rules;
        this.cache = cache;
    }

    @CacheResult(cacheName = CACHE)
    public Uni<Set<Entitlement>> of(long customerId) {
        return read(customerId);
    }

    /** Asked of Kinow now, for a caller that keeps them for a time of its own (the private podcast feed). */
    public Uni<Set<Entitlement>> read(long customerId) {
        return kinow.subscriptionAccesses(customerId, 1, ACCESSES_PAGE_SIZE)
                .map(page -> rules.entitlements(page.accesses(), Instant.now()));
    }

    public Uni<Void> forget(long customerId) {
        return cache.invalidate(customerId);
    }
}
