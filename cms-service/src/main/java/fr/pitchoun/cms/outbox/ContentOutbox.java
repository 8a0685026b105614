package fr.pitchoun.cms.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.cms.content.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** content-changed events waiting for Kafka, in the database of the changes they describe. */
@ApplicationScoped
public class ContentOutbox {

    /** Fired when an event is stored, so the relay can send it as soon as its transaction has committed. */
    public record EventStored() {
    }

    private final ObjectMapper json;
    private final Event<EventStored> stored;

    ContentOutbox(ObjectMapper json, Event<EventStored> stored) {
        this.json = json;
        this.stored = stored;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(ContentType type, long id, String slug, String parentSlug, String action) {
        ContentChangedEvent event = new ContentChangedEvent(ContentChangedEvent.SCHEMA_VERSION,
                UUID.randomUUID().toString(), type.eventName(), id, slug, parentSlug, action, Instant.now());
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = event.eventId();
        // One key per item: the events of an item stay in order on one partition.
        entry.recordKey = event.type() + ":" + id;
        try {
            entry.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write content-changed event", e);
        }
        entry.createdAt = event.occurredAt();
        entry.persist();
        stored.fire(new EventStored());
    }

    /**
     * Hands the oldest waiting event to {@code send} under a row lock (relays of several instances take turns) and
     * removes it once sent; a failed send keeps it, with the reason, for the next round. False when none is waiting
     * or the send failed.
     */
    @Transactional
    public boolean sendOldest(Function<OutboxEntry, Optional<String>> send) {
        Optional<OutboxEntry> oldest = OutboxEntry.<OutboxEntry>find("order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (oldest.isEmpty()) {
            return false;
        }
        OutboxEntry entry = oldest.get();
        Optional<String> failure = send.apply(entry);
        if (failure.isPresent()) {
            entry.attempts++;
            entry.lastError = failure.get().length() > 1000 ? failure.get().substring(0, 1000) : failure.get();
            return false;
        }
        entry.delete();
        return true;
    }

    /** For the backlog gauge, read from the metrics scrape's thread: its own short transaction. */
    @Transactional
    public long waiting() {
        return OutboxEntry.count();
    }
}
