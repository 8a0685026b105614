package fr.pitchoun.cms.channel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** A live channel as live-ingest-service describes it (GET /api/channels); never its stream key. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveChannel(String slug, String name, boolean enabled, boolean live, Instant liveSince, String slate) {
}
