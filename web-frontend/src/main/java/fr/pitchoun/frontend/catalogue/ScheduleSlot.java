package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A slot of a channel's day ({@code GET /api/chaines/{slug}/grille?date=}); {@code programmeSlug} only when its
 * programme is published.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScheduleSlot(Instant startsAt, Instant endsAt, String title, String programmeSlug) {
}
