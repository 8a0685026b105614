package fr.pitchoun.ingest.publication;

import fr.pitchoun.ingest.channel.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
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

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    public static Optional<Publication> openOn(Channel channel) {
        return find("channel = ?1 and endedAt is null", channel).firstResultOptional();
    }
}
