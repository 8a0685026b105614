package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A published page as cms-service's {@code GET /api/pages/{slug}} gives it. Its body is HTML that cms-service has
 * already sanitised (an allow-list of tags and attributes), so the page template writes it as it is.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SitePage(String slug, String title, String summary, String body) {
}
