package fr.pitchoun.cms.content;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * The value of a record on {@code pitchoun.cms.content-changed} (see deploy/CONTRACTS.md): what changed on the site,
 * not its content, which readers fetch from the JSON API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentChangedEvent(int schemaVersion, String eventId, String type, long id, String slug,
                                  String parentSlug, String action, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
}
