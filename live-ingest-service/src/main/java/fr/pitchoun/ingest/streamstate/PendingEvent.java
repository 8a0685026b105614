package fr.pitchoun.ingest.streamstate;

import fr.pitchoun.outbox.OutboxRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A stream-state event written with the change it describes and deleted once Kafka has acknowledged it: the shared
 * outbox's row in this service's table, whose key column is the channel slug.
 */
@Entity
@Table(name = "stream_state_outbox")
@AttributeOverride(name = "recordKey", column = @Column(name = "channel", nullable = false))
public class PendingEvent extends OutboxRecord {
}
