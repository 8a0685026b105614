package fr.pitchoun.podcast.catalogue;

import fr.pitchoun.outbox.OutboxRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A catalogue-changed event waiting for Kafka: the shared outbox's row in this service's table. */
@Entity
@Table(name = "catalogue_outbox")
public class CatalogueOutboxEntry extends OutboxRecord {
}
