package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of cms-service's {@code GET /api/actualites?page=}: newest first, 20 a page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewsList(List<NewsItem> items, int page, int pageCount, long total) {

    static final NewsList NONE = new NewsList(List.of(), 1, 1, 0);

    public List<NewsItem> itemsOrNone() {
        return items == null ? List.of() : items;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }
}
