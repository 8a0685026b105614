package fr.pitchoun.frontend.podcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An episode as podcast-service gives it: an exclusive one has no {@code audioUrl}, only the file name the site
 * signs for a MyPitchoun+ viewer ({@link ExclusiveAudio}). {@code audioSizeBytes} is the file's size in bytes as
 * Ausha gives it (null when unknown).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PodcastEpisode(String slug, String title, String description, int durationSeconds, Instant publishedAt,
                             Integer seasonNumber, boolean exclusive, boolean explicit, String guid, String audioUrl,
                             String exclusiveAudioFile, String imageUrl, Long audioSizeBytes) {

    public String publishedDay() {
        return FrenchDates.dayWithYear(LocalDate.ofInstant(publishedAt, FrenchDates.PARIS));
    }

    /** « 12 min 05 s », for people and screen readers alike. */
    public String durationInWords() {
        int minutes = durationSeconds / 60;
        int seconds = durationSeconds % 60;
        return minutes == 0 ? seconds + " s" : minutes + " min " + String.format("%02d", seconds) + " s";
    }
}
