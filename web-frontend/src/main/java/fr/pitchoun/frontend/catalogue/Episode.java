package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.Instant;

/**
 * A published episode of a programme ({@code GET /api/programmes/{slug}}). cms-service gives no broadcast date, only
 * the date from which MyPitchoun+ subscribers may watch it before its broadcast ({@code earlyAccessAt}): an episode
 * with such a date is shown as a preview for subscribers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Episode(int number, String slug, String title, String synopsis, int durationMinutes,
                      Instant earlyAccessAt) {

    /** Whether the site marks it « En avant-première pour MyPitchoun+ ». */
    public boolean preview() {
        return earlyAccessAt != null;
    }

    /** When the preview opens, if that is still to come ("" once it is open). */
    public String previewOpensAt(Instant now) {
        return earlyAccessAt == null || !earlyAccessAt.isAfter(now) ? "" : FrenchDates.dayAndTime(earlyAccessAt);
    }

    /** "12 min", "1 h 05". */
    public String duration() {
        return durationMinutes < 60 ? durationMinutes + " min"
                : durationMinutes / 60 + " h " + String.format("%02d", durationMinutes % 60);
    }
}
