package fr.pitchoun.podcast.ausha;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** Ausha's list envelope: {@code {"data": [...], "meta": {"pagination": {"current_page", "total_pages", ...}}}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AushaPage<T>(List<T> data, Meta meta) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meta(Pagination pagination) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pagination(int currentPage, int totalPages) {
    }

    /** A list without pagination metadata is taken as complete. */
    boolean hasPageAfter(int page) {
        return meta != null && meta.pagination() != null && page < meta.pagination().totalPages();
    }

    List<T> items() {
        return data == null ? List.of() : data;
    }
}
