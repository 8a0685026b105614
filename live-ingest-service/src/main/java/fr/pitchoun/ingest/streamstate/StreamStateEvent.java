package fr.pitchoun.ingest.streamstate;

import java.time.Instant;
import java.util.UUID;

/** The value of a pitchoun.live.stream-state record, field for field as deploy/CONTRACTS.md writes it. */
public record StreamStateEvent(int schemaVersion, UUID eventId, String channel, StreamState state, Instant occurredAt,
                               String pullUrl) {

    public static final int SCHEMA_VERSION = 1;

    public static StreamStateEvent publishing(String channel, String pullUrl, Instant at) {
        return new StreamStateEvent(SCHEMA_VERSION, UUID.randomUUID(), channel, StreamState.PUBLISHING, at, pullUrl);
    }

    public static StreamStateEvent unpublished(String channel, Instant at) {
        return new StreamStateEvent(SCHEMA_VERSION, UUID.randomUUID(), channel, StreamState.UNPUBLISHED, at, null);
    }
}
