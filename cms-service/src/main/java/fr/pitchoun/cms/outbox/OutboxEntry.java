package fr.pitchoun.cms.outbox;

import fr.pitchoun.outbox.OutboxRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A content-changed event waiting for Kafka: the shared outbox's row in this service's table. */
@Entity
@Table(name = "content_outbox")
public class OutboxEntry extends OutboxRecord {
}
