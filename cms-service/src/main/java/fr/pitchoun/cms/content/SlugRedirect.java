package fr.pitchoun.cms.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;

/** A slug an item used to have: addresses shared with it keep leading to the item. */
@Entity
@Table(name = "slug_redirect")
public class SlugRedirect extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Enumerated(EnumType.STRING) @Column(name = "content_type", length = 32) ContentType contentType,
            @Column(name = "old_slug", length = 200) String oldSlug) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "content_id", nullable = false)
    public long contentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Remembers the old slug; a slug given back to the item it once pointed at stops being a redirect. */
    public static void remember(ContentType type, String oldSlug, String newSlug, long contentId) {
        deleteById(new Key(type, newSlug));
        SlugRedirect redirect = findById(new Key(type, oldSlug));
        if (redirect == null) {
            redirect = new SlugRedirect();
            redirect.key = new Key(type, oldSlug);
        }
        redirect.contentId = contentId;
        redirect.createdAt = Instant.now();
        redirect.persist();
    }

    public static Optional<Long> target(ContentType type, String oldSlug) {
        return SlugRedirect.<SlugRedirect>findByIdOptional(new Key(type, oldSlug)).map(r -> r.contentId);
    }

    /** The current slug of the public item an old slug of that type points at ({@code byId} finds the item). */
    public static Optional<String> publicTarget(ContentType type, String oldSlug,
                                                LongFunction<Optional<? extends PublishableEntity>> byId) {
        return target(type, oldSlug).flatMap(byId::apply).map(PublishableEntity::visibility)
                .filter(ContentChanges.Visibility::isPublic).map(ContentChanges.Visibility::slug);
    }

    /** Another item may not take a slug that still redirects to something else. */
    public static boolean takenByAnother(ContentType type, String slug, Long contentId) {
        return target(type, slug).filter(id -> !id.equals(contentId)).isPresent();
    }
}
