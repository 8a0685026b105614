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
import java.util.Set;

/**
 * An episode ("podcast" in Ausha's words). {@code duration} is in seconds with decimals; {@code published_at} comes
 * without offset in Ausha's examples ("2018-05-02T12:47:45") and with one elsewhere: both are accepted, no offset
 * meaning UTC. {@code files} lists the uploaded audio with its size in bytes.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AushaEpisode(long id, String name, String slug, String guid, Long seasonId, String description,
                           Double duration, String publishedAt, String audioUrl, String imageUrl, String privacy,
                           String state, Boolean isExplicit, AushaFiles files) {

    private static final Set<String> RESTRICTED = Set.of("private", "unlisted");

    /** Published and playable: drafts and scheduled episodes, or one without audio, are not for listeners yet. */
    public boolean isPublished() {
        return (state == null || "active".equals(state)) && publishedAt != null && audioUrl != null
                && ("public".equals(privacy) || RESTRICTED.contains(privacy));
    }

    /**
     * Published and public on Ausha. A published private or unlisted one is kept off Ausha's public feed and players:
     * on Pitchoun it is a MyPitchoun+ exclusive.
     */
    public boolean isPublic() {
        return isPublished() && "public".equals(privacy);
    }

    public boolean explicit() {
        return Boolean.TRUE.equals(isExplicit);
    }

    /** The audio's size in bytes, when Ausha lists it among the episode's files. */
    public Long audioSizeBytes() {
        return files == null ? null : files.audioSizeBytes();
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
