package fr.pitchoun.cms.editor;

import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditEntry;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The audit trail, the question before a deletion and the deletion of one kind of item, written once: each editors'
 * resource keeps its addresses (JAX-RS needs them on its own methods) and delegates their bodies here.
 *
 * @param section  the menu entry marked current ("programmes")
 * @param base     the items' addresses without the id ("/editeur/programmes")
 * @param noun     the kind in a title ("programme")
 * @param theNoun  the kind with its article ("le programme", "l'épisode")
 * @param named    how an item is named after the noun ("« Mission Océan »"), see {@link #titled}
 * @param find     the item of an id, if any (else 404)
 * @param trail    its audit trail, most recent first; null for a kind audited with its parent (a menu's links)
 * @param deletion deletes the item of an id as someone's change; empty when there is none
 */
public record ItemPages<T>(String section, String base, String noun, String theNoun, Function<T, String> named,
                           LongFunction<Optional<T>> find, Function<T, List<AuditEntry>> trail,
                           BiFunction<Long, Actor, Optional<T>> deletion) {

    /** Names an item by its title in French quotes. */
    public static <T> Function<T, String> titled(Function<T, String> title) {
        return item -> "« " + title.apply(item) + " »";
    }

    public T item(long id) {
        return find.apply(id).orElseThrow(NotFoundException::new);
    }

    public TemplateInstance history(long id) {
        T item = item(id);
        return EditorPages.history(section, noun + " " + named.apply(item), base + "/" + id, trail.apply(item));
    }

    /** {@code warning}: what else goes with the item ("Ses 3 épisode(s)…"), or null. */
    public TemplateInstance confirmDelete(long id, Function<T, String> warning) {
        T item = item(id);
        String address = base + "/" + id;
        return EditorPages.confirmDelete(section, theNoun + " " + named.apply(item), address + "/supprimer", address,
                warning.apply(item));
    }

    /** Deletes, then goes where {@code next} says (the list with a confirmation, the parent's page…). */
    public Response delete(long id, Actor who, Function<T, UriBuilder> next) {
        T deleted = deletion.apply(id, who).orElseThrow(NotFoundException::new);
        return Response.seeOther(next.apply(deleted).build()).build();
    }

    /** The list the deletions of this kind go back to, saying so. */
    public static <T> Function<T, UriBuilder> backToList(String list) {
        return deleted -> UriBuilder.fromPath(list).queryParam("supprime", "1");
    }
}
