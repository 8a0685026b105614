package fr.pitchoun.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;

import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The transactional outbox: an event is stored in the transaction of the change it describes, so it can neither be
 * lost while Kafka is away nor be sent for a change that rolled back. {@link OutboxRelay} delivers it. The rows live
 * in the service's table, mapped by its one entity that extends {@link OutboxRecord}.
 */
@ApplicationScoped
public class Outbox {

    /** Fired inside the storing transaction; the relay observes it once that transaction has committed. */
    public record EventStored() {
    }

    private final EntityManager entities;
    private final ObjectMapper json;
    private final Event<EventStored> stored;
    private final Class<? extends OutboxRecord> rowType;
    private final String entityName;

    Outbox(EntityManager entities, EntityManagerFactory factory, ObjectMapper json, Event<EventStored> stored) {
        this.entities = entities;
        this.json = json;
        this.stored = stored;
        EntityType<?> type = rowEntity(factory);
        this.rowType = type.getJavaType().asSubclass(OutboxRecord.class);
        this.entityName = type.getName();
    }

    private static EntityType<?> rowEntity(EntityManagerFactory factory) {
        List<EntityType<?>> rows = factory.getMetamodel().getEntities().stream()
                .filter(type -> OutboxRecord.class.isAssignableFrom(type.getJavaType()))
                .<EntityType<?>>map(type -> type)
                .toList();
        if (rows.size() != 1) {
            throw new IllegalStateException("The outbox needs exactly one entity extending OutboxRecord, found "
                    + rows.stream().map(EntityType::getName).toList());
        }
        return rows.get(0);
    }

    /**
     * Stores {@code event} (as JSON) to be sent under {@code key}. Joins the caller's transaction: the event is kept
     * only if the caller's change is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String key, String eventId, Object event) {
        OutboxRecord row = newRow();
        row.fill(eventId, key, toJson(event), Instant.now());
        entities.persist(row);
        stored.fire(new EventStored());
    }

    /**
     * Hands the {@code limit} oldest waiting events, in order, to {@code send}, deletes those sent before the first
     * failure and records that failure on its event. The rows stay locked meanwhile: a relay of another instance on
     * the same database waits for them instead of sending them twice or overtaking them with a later event of the
     * same key. Events after a failed one stay too, even if Kafka took them: sent again later, they are repeats
     * (consumers know an event by its id), never an event overtaking an earlier one of its key.
     *
     * @param send answers, per event in order, why it could not be sent, or nothing once Kafka acknowledged it
     * @return how many events were sent: fewer than {@code limit} when the outbox is drained or a send failed
     */
    @Transactional
    public int sendOldest(int limit, Function<List<OutboxRecord>, List<Optional<String>>> send) {
        List<OutboxRecord> oldest = List.copyOf(entities.createQuery("from " + entityName + " order by id", rowType)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit).getResultList());
        if (oldest.isEmpty()) {
            return 0;
        }
        List<Optional<String>> outcomes = send.apply(oldest);
        int sent = 0;
        for (int i = 0; i < oldest.size(); i++) {
            if (outcomes.get(i).isPresent()) {
                oldest.get(i).failed(outcomes.get(i).get());
                return sent;
            }
            entities.remove(oldest.get(i));
            sent++;
        }
        return sent;
    }

    /** How many events wait; its own short transaction, so the metrics scrape's thread can read it. */
    @Transactional
    public long waiting() {
        return entities.createQuery("select count(*) from " + entityName, Long.class).getSingleResult();
    }

    private OutboxRecord newRow() {
        try {
            return rowType.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("An outbox entity needs a no-argument constructor: " + rowType, e);
        }
    }

    private String toJson(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An outbox event must serialize to JSON: " + event, e);
        }
    }
}
