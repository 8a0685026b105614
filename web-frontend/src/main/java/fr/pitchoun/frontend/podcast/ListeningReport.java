package fr.pitchoun.frontend.podcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the player reports: the episode's show and slug, and the second reached. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListeningReport(String show, String episode, int positionSeconds) {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    /** No episode lasts a day. */
    private static final int LONGEST = 86_400;

    boolean valid() {
        return show != null && show.matches(SLUG) && episode != null && episode.matches(SLUG)
                && positionSeconds >= 0 && positionSeconds <= LONGEST;
    }
}
