package fr.pitchoun.ingest.channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;
import java.util.Optional;

/** A live channel the control room can put on air. */
@Entity
@Table(name = "channel")
public class Channel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Public name of the stream once NGINX has renamed it, and Kafka key of its events. */
    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    @Column(name = "display_name", nullable = false, length = 120)
    public String displayName;

    @Column(nullable = false)
    public boolean enabled;

    /** See {@link StreamKeys}: the key itself is never stored. */
    @Column(name = "stream_key_sha256", nullable = false, unique = true, length = 64)
    public String streamKeySha256;

    /** URL or absolute path of the standby image or looping video; null = transcode-worker's generated card. */
    @Column(length = 500)
    public String slate;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Channel> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Channel> byStreamKey(String streamKey) {
        return find("streamKeySha256", StreamKeys.digest(streamKey)).firstResultOptional();
    }
}
