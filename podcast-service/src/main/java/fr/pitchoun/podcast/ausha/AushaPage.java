package fr.pitchoun.podcast.ausha;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.net.URI;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ausha's list envelope: {@code {"data": [...], "links": {"next", ...}, "meta": {"pagination": {...}}}}. The docs'
 * {@code links.next} is the reference for "is there more"; {@code meta.pagination} is the fallback when links are
 * absent (older answers).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AushaPage<T>(List<T> data, Links links, Meta meta) {

    private static final Pattern PAGE_PARAMETER = Pattern.compile("(?:^|&)page=([0-9]{1,6})(?:&|$)");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Links(String next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meta(Pagination pagination) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pagination(int currentPage, int totalPages) {
    }

    /**
     * The number of the page after {@code page}, if any. Only the page number is taken from {@code links.next}: the
     * docs' links name {@code api-content.ausha.co} while the documented base is {@code developers.ausha.co}, and the
     * token must only ever go to the configured base address.
     */
    OptionalInt pageAfter(int page) {
        if (links != null) {
            if (links.next() == null || links.next().isBlank()) {
                return OptionalInt.empty();
            }
            String query = URI.create(links.next()).getRawQuery();
            Matcher number = PAGE_PARAMETER.matcher(query == null ? "" : query);
            int next = number.find() ? Integer.parseInt(number.group(1)) : page + 1;
            if (next <= page) {
                throw new AushaException("Ausha renvoie une page suivante qui n'avance pas (" + links.next() + ").",
                        null, null);
            }
            return OptionalInt.of(next);
        }
        boolean more = meta != null && meta.pagination() != null && page < meta.pagination().totalPages();
        return more ? OptionalInt.of(page + 1) : OptionalInt.empty();
    }

    List<T> items() {
        return data == null ? List.of() : data;
    }
}
