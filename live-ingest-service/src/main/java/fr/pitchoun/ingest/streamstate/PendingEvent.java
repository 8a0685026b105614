package fr.pitchoun.ingest.streamstate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stream-state event written with the change it describes and deleted once Kafka has acknowledged it. */
@Entity
@Table(name = "stream_state_outbox")
public class PendingEvent extends PanacheEntityBase {

    /** Increasing: events leave in this order, so a channel's events reach Kafka in the order they happened. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, length = 36)
    public String eventId;

    /** The record key: the channel slug. */
    @Column(nullable = false, length = 64)
    public String channel;

    /** The JSON value, serialized once so every attempt sends the same bytes. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", length = 500)
    public String lastError;
}
