package fr.pitchoun.frontend.podcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the player reports: the episode's show and slug, and the second reached. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListeningReport(String show, String episode, int positionSeconds) {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    /** No episode lasts a day. */
    private static final int LONGEST = 86_400;
    private static final ObjectMapper READER = new ObjectMapper();

    /** The site serves HTML only (no JSON provider on the server side): the report is read here; null if unreadable. */
    static ListeningReport parse(String json) {
        try {
            return json == null ? null : READER.readValue(json, ListeningReport.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    boolean valid() {
        return show != null && show.matches(SLUG) && episode != null && episode.matches(SLUG)
                && positionSeconds >= 0 && positionSeconds <= LONGEST;
    }
}
