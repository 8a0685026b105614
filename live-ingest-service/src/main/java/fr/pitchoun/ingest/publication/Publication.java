package fr.pitchoun.ingest.publication;

import fr.pitchoun.ingest.channel.Channel;
import fr.pitchoun.ingest.channel.StreamKeys;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One time a channel was on air: open (endedAt null) while the control room publishes. */
@Entity
@Table(name = "publication")
public class Publication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "channel_id", nullable = false)
    public Channel channel;

    /** NGINX-RTMP's id of the publishing connection: tells its publish_done apart from a refused duplicate's. */
    @Column(name = "nginx_client_id", nullable = false, length = 32)
    public String nginxClientId;

    @Column(name = "client_addr", nullable = false, length = 64)
    public String clientAddr;

    /** The key it went on air with: once the channel's key is rotated, this publisher is dropped (on_update). */
    @Column(name = "stream_key_sha256", nullable = false, length = 64)
    public String streamKeySha256;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** NGINX's last on_update for this publisher (or the start): a long silence means NGINX is gone. */
    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    public static Optional<Publication> openOn(Channel channel) {
        return find("channel = ?1 and endedAt is null", channel).firstResultOptional();
    }

    /** The open publication NGINX client {@code nginxClientId} started with {@code streamKey}, locked. */
    public static Optional<Publication> openBy(String streamKey, String nginxClientId) {
        return find("streamKeySha256 = ?1 and nginxClientId = ?2 and endedAt is null",
                StreamKeys.digest(streamKey), nginxClientId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Open publications whose last heartbeat is older than {@code cutoff}, locked. */
    public static List<Publication> silentSince(Instant cutoff) {
        return find("endedAt is null and lastSeenAt < ?1", cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
