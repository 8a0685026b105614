package fr.pitchoun.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * One event waiting for Kafka. A service maps it onto its own table with one empty entity, e.g.
 * {@code @Entity @Table(name = "content_outbox") class OutboxEntry extends OutboxRecord {}} (an
 * {@code @AttributeOverride} renames a column, such as the key's); the table needs the columns below.
 */
@MappedSuperclass
public abstract class OutboxRecord {

    /** Only for the error column of the smallest table that uses this (VARCHAR(500)). */
    static final int LAST_ERROR_LENGTH = 500;

    /** Increasing: events leave in this order, so the events of one key reach Kafka in the order they happened. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    /** The Kafka record key. */
    @Column(name = "record_key", nullable = false)
    private String recordKey;

    /** The JSON value, written once so that every attempt sends the same bytes. */
    @Column(nullable = false)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = LAST_ERROR_LENGTH)
    private String lastError;

    void fill(String eventId, String recordKey, String payload, Instant createdAt) {
        this.eventId = eventId;
        this.recordKey = recordKey;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    void failed(String reason) {
        attempts++;
        lastError = reason.length() > LAST_ERROR_LENGTH ? reason.substring(0, LAST_ERROR_LENGTH) : reason;
    }

    public String eventId() {
        return eventId;
    }

    public String key() {
        return recordKey;
    }

    public String payload() {
        return payload;
    }

    public int attempts() {
        return attempts;
    }

    /** Why the last attempt failed, or null before any failure. */
    public String lastError() {
        return lastError;
    }
}
