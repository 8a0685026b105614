package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.Instant;
import java.util.List;

/**
 * A published episode of a programme ({@code GET /api/programmes/{slug}}). {@code earlyAccessAt} is the date from
 * which MyPitchoun+ subscribers may watch it before its broadcast ({@code broadcastAt}); {@code earlyAccess} gives
 * that window (after it MyPitchoun plays it too); {@code video} is its Kinow video, when it has one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Episode(int number, String slug, String title, String synopsis, int durationMinutes,
                      Instant earlyAccessAt, Instant broadcastAt, Video video, EarlyAccess earlyAccess,
                      List<String> learningThemes) {

    @JsonCreator
    public Episode {
        learningThemes = learningThemes == null ? List.of() : List.copyOf(learningThemes);
    }

    /** An episode without learning themes (what most views need). */
    public Episode(int number, String slug, String title, String synopsis, int durationMinutes,
                   Instant earlyAccessAt, Instant broadcastAt, Video video, EarlyAccess earlyAccess) {
        this(number, slug, title, synopsis, durationMinutes, earlyAccessAt, broadcastAt, video, earlyAccess, null);
    }

    /** Its length in seconds: Kinow's when cms-service read it, else the editors' minutes. */
    public int lengthSeconds() {
        return video != null && video.durationSeconds() != null && video.durationSeconds() > 0
                ? video.durationSeconds() : durationMinutes * 60;
    }

    /**
     * The episode's video at Kinow, as cms-service publishes it; {@code available} false when cms-service found that
     * Kinow no longer has it (absent: available).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Video(long kinowVideoId, Long kinowExtractId, Integer durationSeconds, boolean hasExtract,
                        Boolean available) {
    }

    /** MyPitchoun+ plays it from {@code from}; everyone with MyPitchoun from {@code until} (its broadcast). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EarlyAccess(Instant from, Instant until) {
    }

    /** Whether the site marks it « En avant-première pour MyPitchoun+ ». */
    public boolean preview() {
        return earlyAccessAt != null || earlyAccess != null && earlyAccess.from() != null;
    }

    /** When the preview opens, if that is still to come ("" once it is open). */
    public String previewOpensAt(Instant now) {
        Instant opens = earlyAccessAt != null ? earlyAccessAt : earlyAccess == null ? null : earlyAccess.from();
        return opens == null || !opens.isAfter(now) ? "" : FrenchDates.dayAndTime(opens);
    }

    /** The end of the early-access window (its broadcast), which the playback decision needs; null without one. */
    public Instant earlyAccessUntil() {
        return earlyAccess == null ? null : earlyAccess.until();
    }

    /** Whether it has a Kinow video (a player on its page). */
    public boolean playable() {
        return video != null && video.kinowVideoId() > 0 && !videoMissing();
    }

    /** It has a video that Kinow no longer has: its page says the episode is unavailable. */
    public boolean videoMissing() {
        return video != null && Boolean.FALSE.equals(video.available());
    }

    /** When it is (or was) broadcast: its broadcast date, else the end of its early access; null when unknown. */
    public Instant broadcast() {
        return broadcastAt != null ? broadcastAt : earlyAccessUntil();
    }

    /** "12 min", "1 h 05". */
    public String duration() {
        return durationMinutes < 60 ? durationMinutes + " min"
                : durationMinutes / 60 + " h " + String.format("%02d", durationMinutes % 60);
    }
}
