package fr.pitchoun.cms.content;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The search of the editors' lists, for every kind of item: words in the title or slug, one state, a page. */
public final class EditorSearch {

    /** How a kind of item is queried (its entity's or repository's {@code find}). */
    @FunctionalInterface
    public interface Finder<T> {
        PanacheQuery<T> find(String query, Sort sort, Parameters parameters);
    }

    private EditorSearch() {
    }

    /** Every item whatever its state, most recently changed first, searched and filtered. */
    public static <T> Page<T> page(String text, PublicationState state, int pageNumber,
                                   Function<Sort, PanacheQuery<T>> all, Finder<T> matching) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (text != null && !text.isBlank()) {
            where.add("(lower(title) like :q or slug like :q)");
            parameters.and("q", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (state != null) {
            where.add("status = :status");
            parameters.and("status", state);
        }
        Sort order = Sort.descending("updatedAt").and("id", Sort.Direction.Descending);
        return Page.of(where.isEmpty() ? all.apply(order) : matching.find(String.join(" and ", where), order,
                parameters), pageNumber);
    }
}
