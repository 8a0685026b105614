package fr.pitchoun.transcode.event;

import java.time.Instant;

/**
 * One record of {@code pitchoun.live.stream-state}, schema version 1 (deploy/CONTRACTS.md).
 *
 * @param pullUrl where to pull the feed; present for {@link StreamState#PUBLISHING}, may be null otherwise
 */
public record StreamStateEvent(int schemaVersion, String eventId, String channel, StreamState state,
                               Instant occurredAt, String pullUrl) {

    public static final int SCHEMA_VERSION = 1;
}
