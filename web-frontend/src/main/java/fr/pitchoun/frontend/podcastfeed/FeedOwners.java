package fr.pitchoun.frontend.podcastfeed;

import fr.pitchoun.frontend.account.AuthClient;
import fr.pitchoun.frontend.account.FeedReset;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whose feed a secret opens, as auth-gateway says (its secret is current and the family holds MyPitchoun+, which
 * the gateway checks at Kinow, cached 4 minutes). A yes is kept here {@code pitchoun.podcasts.feed.access-ttl}
 * (1 minute), so an app downloading a dozen episodes costs one call; so a subscription that ends stops the feed
 * within 5 minutes at most. A no is never kept (forged secrets cannot fill the memory), and a reset made through
 * this site forgets the family's old secret at once (other instances of the site: within the minute).
 */
@ApplicationScoped
public class FeedOwners {

    /** The gateway could not say (Kinow away): the app retries later. */
    static class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    private record Owner(String customerId, Instant checkedAt) {
    }

    private static final Logger LOG = Logger.getLogger(FeedOwners.class);
    private static final int MAX_ENTRIES = 50_000;

    private final AuthClient gateway;
    private final Duration ttl;
    private final Map<String, Owner> known = new ConcurrentHashMap<>();

    FeedOwners(@RestClient AuthClient gateway, FeedConfig config) {
        this.gateway = gateway;
        this.ttl = config.accessTtl();
    }

    /** The family's Kinow customer id; empty for any secret that opens nothing, whatever the reason. */
    Optional<String> of(String secret) {
        Owner owner = known.get(secret);
        Instant now = Instant.now();
        if (owner != null && owner.checkedAt().plus(ttl).isAfter(now)) {
            return Optional.of(owner.customerId());
        }
        int status;
        String customerId = null;
        try (Response answer = gateway.podcastFeedOwner(Map.of("secret", secret))) {
            status = answer.getStatus();
            if (status == 200) {
                customerId = answer.readEntity(JsonNode.class).path("customerId").asText();
            }
        } catch (RuntimeException e) {
            throw new Unavailable("auth-gateway unreachable: " + e);
        }
        if (status == 404) {
            known.remove(secret);
            return Optional.empty();
        }
        if (status != 200) {
            throw new Unavailable("auth-gateway answered " + status);
        }
        if (known.size() >= MAX_ENTRIES) {
            known.values().removeIf(kept -> !kept.checkedAt().plus(ttl).isAfter(now));
        }
        if (known.size() < MAX_ENTRIES) {
            known.put(secret, new Owner(customerId, now));
        }
        return Optional.of(customerId);
    }

    void forget(@Observes FeedReset reset) {
        if (known.values().removeIf(owner -> owner.customerId().equals(reset.customerId()))) {
            LOG.debugf("Feed secret of customer %s forgotten after its reset", reset.customerId());
        }
    }
}
