package fr.pitchoun.auth.learning;

import fr.pitchoun.outbox.OutboxRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A statement waiting for Kafka (libs/outbox); its key is the child profile, so a child's statements stay ordered. */
@Entity
@Table(name = "learning_outbox")
public class LearningOutboxEntry extends OutboxRecord {
}
