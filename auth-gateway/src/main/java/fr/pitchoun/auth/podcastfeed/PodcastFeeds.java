package fr.pitchoun.auth.podcastfeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The families' private feeds: made or reset by the parent, found by the hash of the secret their address holds. */
@ApplicationScoped
public class PodcastFeeds {

    /** A new secret, to show the parent once: only its hash is kept. */
    public record IssuedFeed(String secret, Instant createdAt) {
        @Override
        public String toString() {
            return "IssuedFeed[secret=…, createdAt=" + createdAt + "]";
        }
    }

    /** When the family's feed was made (or last reset), if it has one. */
    public Optional<Instant> createdAt(long customerId) {
        return PodcastFeed.<PodcastFeed>findByIdOptional(customerId).map(feed -> feed.createdAt);
    }

    /** A new secret for the family: the previous one, if any, stops opening the feed at once. */
    @Transactional
    public IssuedFeed reset(long customerId) {
        String secret = FeedSecrets.newSecret();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PodcastFeed feed = PodcastFeed.<PodcastFeed>findByIdOptional(customerId).orElseGet(() -> {
            PodcastFeed created = new PodcastFeed();
            created.customerId = customerId;
            return created;
        });
        feed.secretSha256 = FeedSecrets.sha256(secret);
        feed.createdAt = now;
        feed.persist();
        return new IssuedFeed(secret, now);
    }

    /** Removes the family's feed: its address opens nothing from then on. */
    @Transactional
    public boolean forget(long customerId) {
        return PodcastFeed.deleteById(customerId);
    }

    /** The family whose current secret this is; empty for a forged, malformed or replaced one. */
    public Optional<Long> owner(String secret) {
        if (!FeedSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        return PodcastFeed.<PodcastFeed>find("secretSha256", FeedSecrets.sha256(secret)).firstResultOptional()
                .map(feed -> feed.customerId);
    }
}
