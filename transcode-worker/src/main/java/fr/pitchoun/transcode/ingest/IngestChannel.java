package fr.pitchoun.transcode.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** A channel as live-ingest-service lists it at {@code GET /api/channels}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IngestChannel(String slug, String name, boolean enabled, boolean live, Instant liveSince, String pullUrl,
                            String slate) {
}
