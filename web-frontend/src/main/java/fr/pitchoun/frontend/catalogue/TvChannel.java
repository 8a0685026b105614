package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A TV channel of the schedule ({@code GET /api/chaines}; its now/next there are not used: the guide reads the day). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TvChannel(String slug, String name) {
}
