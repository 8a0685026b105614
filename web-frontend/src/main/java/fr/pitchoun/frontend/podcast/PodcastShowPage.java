package fr.pitchoun.frontend.podcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A show and one page of its episodes, newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PodcastShowPage(String slug, String title, String description, String imageUrl, boolean exclusive,
                              List<Integer> seasons, Integer season, int page, int pageCount, long episodeCount,
                              List<PodcastEpisode> episodes) {

    /** The query of another page of the same listing (season kept): « ?page=2&saison=1 ». */
    public String queryForPage(int number) {
        return "?page=" + number + (season == null ? "" : "&saison=" + season);
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }
}
