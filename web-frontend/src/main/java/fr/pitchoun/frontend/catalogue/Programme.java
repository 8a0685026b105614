package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A published programme as cms-service's {@code GET /api/programmes} and home carousels describe it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Programme(String slug, String title, String synopsis, int ageMin, int ageMax, Image image) {

    /** The recommended ages as the page shows them. */
    public String ageRange() {
        return ageMin == ageMax ? ageMin + " ans" : "De " + ageMin + " à " + ageMax + " ans";
    }
}
