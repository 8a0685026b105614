package fr.pitchoun.auth.podcastfeed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A family's private feed: whose it is and the hash of its secret (never the secret itself). */
@Entity
@Table(name = "podcast_feed")
public class PodcastFeed extends PanacheEntityBase {

    @Id
    @Column(name = "customer_id")
    public long customerId;

    @Column(name = "secret_sha256", nullable = false, length = 64)
    public String secretSha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
