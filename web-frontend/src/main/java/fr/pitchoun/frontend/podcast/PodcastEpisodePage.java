package fr.pitchoun.frontend.podcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One episode and its show's names. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PodcastEpisodePage(String showSlug, String showTitle, String showImageUrl, PodcastEpisode episode) {
}
