package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A published event as cms-service's {@code GET /api/evenements} lists it (only what the home page shows). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpcomingEvent(String slug, String title, Instant startsAt, String place) {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    /** "samedi 5 décembre 2026 à 14h30", on the Paris clock. */
    public String when() {
        return startsAt == null ? "" : FRENCH.format(startsAt);
    }

    /** The machine-readable date for {@code <time datetime>}. */
    public String isoStart() {
        return startsAt == null ? "" : startsAt.toString();
    }
}
