package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.LocalDate;

/**
 * A published news item ({@code GET /api/actualites[/{slug}]}); {@code body}, only in the answer for one item, is HTML
 * cms-service sanitised when it was saved, written as it is (like a page's).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewsItem(String slug, String title, LocalDate publishedOn, String summary, Image image, String body) {

    /** "mercredi 25 novembre 2026". */
    public String date() {
        return FrenchDates.dayWithYear(publishedOn);
    }

    public String isoDate() {
        return publishedOn == null ? "" : publishedOn.toString();
    }
}
