package fr.pitchoun.cms.content;

import fr.pitchoun.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * content-changed events, stored in the shared outbox (table {@code content_outbox}, entity
 * {@code fr.pitchoun.cms.outbox.OutboxEntry}) in the transaction of the change they describe, then relayed to
 * {@code pitchoun.cms.content-changed} (see application.properties).
 */
@ApplicationScoped
public class ContentOutbox {

    private final Outbox outbox;

    ContentOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(ContentType type, long id, String slug, String parentSlug, String action) {
        ContentChangedEvent event = new ContentChangedEvent(ContentChangedEvent.SCHEMA_VERSION,
                UUID.randomUUID().toString(), type.eventName(), id, slug, parentSlug, action, Instant.now());
        // One key per item: the events of an item stay in order on one partition.
        outbox.append(event.type() + ":" + id, event.eventId(), event);
    }
}
