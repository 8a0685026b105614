package fr.pitchoun.ingest.streamstate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * The transactional outbox of stream-state events: an event is stored in the same transaction as the publication it
 * describes, so it can neither be lost when Kafka is away nor be sent for a change that was rolled back.
 * {@link StreamStateRelay} delivers it.
 */
@ApplicationScoped
public class StreamStateOutbox {

    /** Fired inside the storing transaction; the relay observes it once that transaction has committed. */
    public record EventStored(String channel) {
    }

    private final ObjectMapper json;
    private final Event<EventStored> stored;

    StreamStateOutbox(ObjectMapper json, Event<EventStored> stored) {
        this.json = json;
        this.stored = stored;
    }

    /** Joins the caller's transaction: the event is kept only if the caller's change is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(StreamStateEvent event) {
        PendingEvent pending = new PendingEvent();
        pending.eventId = event.eventId().toString();
        pending.channel = event.channel();
        pending.payload = toJson(event);
        pending.createdAt = Instant.now();
        pending.persist();
        stored.fire(new EventStored(event.channel()));
    }

    /**
     * Hands the oldest pending event to {@code sender}, deleting it once sent and recording the failure otherwise.
     * The row stays locked meanwhile: a relay of another instance on the same database waits for it instead of
     * sending it twice or overtaking it with a later event of the channel.
     *
     * @return whether an event was sent, so false when the outbox is empty or the sending failed
     */
    @Transactional
    public boolean sendOldest(Sender sender) {
        Optional<PendingEvent> oldest = PendingEvent.<PendingEvent>find("order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (oldest.isEmpty()) {
            return false;
        }
        PendingEvent event = oldest.get();
        Optional<String> failure = sender.send(
                new Pending(event.eventId, event.channel, event.payload, event.attempts));
        if (failure.isEmpty()) {
            event.delete();
            return true;
        }
        event.attempts++;
        event.lastError = failure.get().length() > 500 ? failure.get().substring(0, 500) : failure.get();
        return false;
    }

    @Transactional
    public long size() {
        return PendingEvent.count();
    }

    private String toJson(StreamStateEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stream-state event is plain data and always serializes", e);
        }
    }

    /** What a sender gets of an outbox row. */
    public record Pending(String eventId, String channel, String payload, int attempts) {
    }

    @FunctionalInterface
    public interface Sender {
        /** Sends the event and answers why it could not, or nothing once it is acknowledged. */
        Optional<String> send(Pending event);
    }
}
