package fr.pitchoun.podcast.ausha;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * An episode ("podcast" in Ausha's words). {@code duration} is in seconds with decimals; {@code published_at} comes
 * without offset in Ausha's examples ("2018-05-02T12:47:45") and with one elsewhere: both are accepted, no offset
 * meaning UTC.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AushaEpisode(long id, String name, String description, Double duration, String publishedAt,
                           String audioUrl, String imageUrl, String privacy, String state) {

    /** What listeners may hear: public and published (Ausha also lists drafts, scheduled and private episodes). */
    public boolean isPublic() {
        return "public".equals(privacy) && (state == null || "active".equals(state)) && publishedAt != null
                && audioUrl != null;
    }

    public int durationSeconds() {
        return duration == null ? 0 : (int) Math.round(duration);
    }

    public Instant publishedInstant() {
        try {
            return OffsetDateTime.parse(publishedAt).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(publishedAt, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        }
    }
}
