package fr.pitchoun.podcast.catalogue;

import java.time.Instant;

/**
 * The value of a record on {@code pitchoun.podcast.catalogue-changed} (see deploy/CONTRACTS.md): a sync changed what
 * the site shows (a show or episode added, changed or removed); readers fetch the catalogue from the JSON API.
 */
public record CatalogueChangedEvent(int schemaVersion, String eventId, int shows, int episodes, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
    /** One key: the events stay in order on one partition. */
    static final String KEY = "catalogue";
}
