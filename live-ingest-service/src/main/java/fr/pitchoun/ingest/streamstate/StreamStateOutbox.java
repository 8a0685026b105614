package fr.pitchoun.ingest.streamstate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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

    /** The oldest event not yet acknowledged by Kafka. */
    @Transactional
    public Optional<Pending> oldest() {
        return PendingEvent.<PendingEvent>findAll(Sort.ascending("id")).firstResultOptional()
                .map(event -> new Pending(event.id, event.eventId, event.channel, event.payload, event.attempts));
    }

    @Transactional
    public void delivered(long id) {
        PendingEvent.deleteById(id);
    }

    @Transactional
    public void failed(long id, String reason) {
        PendingEvent.<PendingEvent>findByIdOptional(id).ifPresent(event -> {
            event.attempts++;
            event.lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
        });
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

    /** A detached copy of an outbox row, safe to use outside its transaction. */
    public record Pending(long id, String eventId, String channel, String payload, int attempts) {
    }
}
