package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.Instant;

/** A published event of the agenda as cms-service's {@code GET /api/evenements[/{slug}]} gives it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpcomingEvent(String slug, String title, Instant startsAt, Instant endsAt, String place,
                            String description, Image image, String bookingUrl) {

    /** "samedi 5 décembre à 14 h 30", on the Paris clock. */
    public String when() {
        return FrenchDates.dayAndTime(startsAt);
    }

    /** When it ends: "16 h 30" the same day (Paris), else the day too; "" when cms-service does not know. */
    public String endsWhen() {
        if (endsAt != null && startsAt != null
                && startsAt.atZone(FrenchDates.PARIS).toLocalDate().equals(endsAt.atZone(FrenchDates.PARIS).toLocalDate())) {
            return FrenchDates.time(endsAt);
        }
        return FrenchDates.dayAndTime(endsAt);
    }

    /** The machine-readable date for {@code <time datetime>}. */
    public String isoStart() {
        return startsAt == null ? "" : startsAt.toString();
    }

    public String isoEnd() {
        return endsAt == null ? "" : endsAt.toString();
    }

    /** Over once its end (or, without one, its start) has gone by, as cms-service counts it. */
    public boolean pastAt(Instant now) {
        Instant end = endsAt != null ? endsAt : startsAt;
        return end != null && end.isBefore(now);
    }
}
