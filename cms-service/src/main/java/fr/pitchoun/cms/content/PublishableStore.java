package fr.pitchoun.cms.content;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The lookups every kind of item with a slug and a publication state shares, over the kind's Panache repository: by
 * id and slug, published ones, an old slug's public target, the editors' search, the scheduled ones now due and the
 * audit trail.
 */
public final class PublishableStore<E extends PublishableEntity> {

    private final ContentType type;
    private final PanacheRepositoryBase<E, Long> repository;
    private final ContentChanges changes;

    public PublishableStore(ContentType type, PanacheRepositoryBase<E, Long> repository, ContentChanges changes) {
        this.type = type;
        this.repository = repository;
        this.changes = changes;
    }

    public Optional<E> byId(long id) {
        return repository.findByIdOptional(id);
    }

    public Optional<E> bySlug(String slug) {
        return repository.find("slug", slug).firstResultOptional();
    }

    public List<E> published(Sort order) {
        return repository.list("status", order, PublicationState.PUBLISHED);
    }

    /** One page of the published items. */
    public Page<E> published(Sort order, int pageNumber) {
        return Page.of(repository.find("status", order, PublicationState.PUBLISHED), pageNumber);
    }

    public Optional<E> published(String slug) {
        return repository.find("slug = ?1 and status = ?2", slug, PublicationState.PUBLISHED).firstResultOptional();
    }

    /** The current slug of the published item an old slug pointed at. */
    public Optional<String> redirect(String oldSlug) {
        return SlugRedirect.publicTarget(type, oldSlug, this::byId);
    }

    /** Editors' list: every item whatever its state, most recently changed first; {@code titleField} is searched. */
    public Page<E> search(ListFilter filter, String titleField, int pageNumber) {
        return filter.page(titleField, (where, parameters) -> repository.find(where, ListFilter.EDITOR_ORDER, parameters),
                pageNumber);
    }

    /** Publishes the scheduled items whose time has come (the caller's transaction); how many. */
    public int publishDue(Instant now) {
        return changes.publishDue(type,
                repository.list("status = ?1 and publishAt <= ?2", PublicationState.SCHEDULED, now));
    }

    public List<AuditEntry> trail(long id) {
        return changes.trail(type, id);
    }
}
