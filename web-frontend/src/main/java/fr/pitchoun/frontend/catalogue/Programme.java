package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A published programme as cms-service's {@code GET /api/programmes} and home carousels describe it;
 * {@code GET /api/programmes/{slug}} adds its published episodes, by number ({@code episodes} is null elsewhere).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Programme(String slug, String title, String synopsis, int ageMin, int ageMax, List<String> themes,
                        Image image, List<Episode> episodes) {

    public List<String> themesOrNone() {
        return themes == null ? List.of() : themes;
    }

    public List<Episode> episodesOrNone() {
        return episodes == null ? List.of() : episodes;
    }

    /** The recommended ages as the page shows them. */
    public String ageRange() {
        return ageMin == ageMax ? ageMin + " ans" : "De " + ageMin + " à " + ageMax + " ans";
    }
}
