package fr.pitchoun.cms.content;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** The editors' list of any kind of item: words searched in its title and slug, a state, and the page asked for. */
public record ListFilter(String query, PublicationState state) {

    /** Most recently changed first: editors usually come back to what they just touched. */
    public static final Sort EDITOR_ORDER = Sort.descending("updatedAt").and("id", Sort.Direction.Descending);

    /** As the list's search form sends it; an unknown state means every state. */
    public static ListFilter of(String q, String etat) {
        return new ListFilter(q == null ? "" : q.strip(), PublicationState.fromFilter(etat));
    }

    /** The search words as the form shows them back. */
    public String q() {
        return query;
    }

    /** The state as the form's select shows it back ("" for every state). */
    public String etat() {
        return state == null ? "" : state.name();
    }

    /**
     * One page of the matching items; {@code find} runs the where clause (over {@code titleField} and {@code slug})
     * against the kind's entity, e.g. {@code (where, parameters) -> Radio.find(where, EDITOR_ORDER, parameters)}.
     */
    public <E> Page<E> page(String titleField, BiFunction<String, Parameters, PanacheQuery<E>> find, int pageNumber) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!query.isEmpty()) {
            where.add("(lower(" + titleField + ") like :q or slug like :q)");
            parameters.and("q", "%" + query.toLowerCase(Locale.ROOT) + "%");
        }
        if (state != null) {
            where.add("status = :status");
            parameters.and("status", state);
        }
        return Page.of(find.apply(where.isEmpty() ? "1 = 1" : String.join(" and ", where), parameters), pageNumber);
    }
}
