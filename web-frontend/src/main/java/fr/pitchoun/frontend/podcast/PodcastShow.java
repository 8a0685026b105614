package fr.pitchoun.frontend.podcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.Instant;
import java.time.LocalDate;

/** A show in podcast-service's list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PodcastShow(String slug, String title, String description, String imageUrl, boolean exclusive,
                          long episodeCount, Instant latestEpisodeAt) {

    /** « 3 octobre 2025 », or null without episodes. */
    public String latestEpisodeDay() {
        return latestEpisodeAt == null ? null
                : FrenchDates.dayWithYear(LocalDate.ofInstant(latestEpisodeAt, FrenchDates.PARIS));
    }
}
