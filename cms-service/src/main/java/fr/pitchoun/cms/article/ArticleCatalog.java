package fr.pitchoun.cms.article;

import fr.pitchoun.cms.editor.FormText;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditAction;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ChangeSummary;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.ListFilter;
import fr.pitchoun.cms.content.Page;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.PublicationFields;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.content.RichText;
import fr.pitchoun.cms.content.ScheduledItems;
import fr.pitchoun.cms.content.SlugRedirect;
import fr.pitchoun.cms.content.Slugs;
import fr.pitchoun.cms.editor.FieldErrors;
import fr.pitchoun.cms.media.MediaAsset;
import fr.pitchoun.cms.media.MediaChoices;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What editors do to pages and news, and what the site may show of them: one implementation for both kinds, the
 * subclasses add the fields only their kind has.
 */
public abstract class ArticleCatalog<E extends Article> implements ScheduledItems {

    private final ContentType type;
    private final PanacheRepositoryBase<E, Long> store;
    private final Validator validator;
    private final ContentChanges changes;
    protected final MediaChoices medias;

    protected ArticleCatalog(ContentType type, PanacheRepositoryBase<E, Long> store, Validator validator,
                             ContentChanges changes, MediaChoices medias) {
        this.type = type;
        this.store = store;
        this.validator = validator;
        this.changes = changes;
        this.medias = medias;
    }

    /** A new item, not yet filled in. */
    protected abstract E newItem();

    /** The fields of this kind's form, in page order. */
    protected abstract List<String> fields();

    /** The order of the site's lists. */
    protected abstract Sort publicOrder();

    /** Checks the fields only this kind has (the generic ones are checked already). */
    protected abstract void checkOwnFields(ArticleForm form, FieldErrors errors);

    /** Copies the checked fields only this kind has. */
    protected abstract void applyOwnFields(ArticleForm form, E item);

    /** The published items, in the site's order. */
    public List<E> published() {
        return store.list("status", publicOrder(), PublicationState.PUBLISHED);
    }

    /** One page of the published items, in the site's order. */
    public Page<E> published(int pageNumber) {
        return Page.of(store.find("status", publicOrder(), PublicationState.PUBLISHED), pageNumber);
    }

    public Optional<E> published(String slug) {
        return store.find("slug = ?1 and status = ?2", slug, PublicationState.PUBLISHED).firstResultOptional();
    }

    /** The current slug of the published item an old slug pointed at. */
    public Optional<String> redirect(String oldSlug) {
        return SlugRedirect.publicTarget(type, oldSlug, store::findByIdOptional);
    }

    /** Editors' list: every item whatever its state, most recently changed first, searched and filtered. */
    public Page<E> search(String query, PublicationState state, int pageNumber) {
        return new ListFilter(query == null ? "" : query.strip(), state)
                .page("title", (where, parameters) -> store.find(where, ListFilter.EDITOR_ORDER, parameters), pageNumber);
    }

    public Optional<E> bySlug(String slug) {
        return store.find("slug", slug).firstResultOptional();
    }

    public Optional<E> byId(long id) {
        return store.findByIdOptional(id);
    }

    /**
     * The outcome of a create or update: the stored item, or the messages to show next to the fields; {@code removed}
     * names what the rich text's cleaning took out (codes of {@link RichText}).
     */
    public record Outcome<E>(ArticleForm form, FieldErrors errors, E item, List<String> removed) {
        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    /** Stores the item, or stores nothing and says in French what to fix. */
    @Transactional
    public Outcome<E> create(ArticleForm typed, Actor who) {
        ArticleForm form = FormText.trimmed(typed);
        FieldErrors errors = FieldErrors.of(validator, form, fields());
        RichText.Cleaned body = check(form, null, errors);
        if (!errors.isEmpty()) {
            return new Outcome<>(form, errors, null, List.of());
        }
        E item = newItem();
        apply(form, body, item);
        store.persist(item);
        changes.record(type, item.id, AuditAction.CREATED, "État : " + item.status.label() + "." + cleaningNote(body),
                who, ContentChanges.Visibility.HIDDEN, item.visibility());
        return new Outcome<>(form, errors, item, body.removed());
    }

    @Transactional
    public Optional<Outcome<E>> update(long id, ArticleForm typed, Actor who) {
        return byId(id).map(item -> {
            ArticleForm form = FormText.trimmed(typed);
            FieldErrors errors = FieldErrors.of(validator, form, fields());
            RichText.Cleaned body = check(form, item, errors);
            if (!errors.isEmpty()) {
                return new Outcome<>(form, errors, item, List.of());
            }
            ContentChanges.Visibility before = item.visibility();
            PublicationState stateBefore = item.status;
            String changed = ChangeSummary.between(ArticleForm.of(item), form, fields(), ArticleForm.LABELS);
            String oldSlug = item.slug;
            apply(form, body, item);
            if (!oldSlug.equals(item.slug)) {
                SlugRedirect.remember(type, oldSlug, item.slug, item.id);
            }
            changes.record(type, item.id, PublicationFields.actionFor(stateBefore, item.status),
                    changed + cleaningNote(body), who, before, item.visibility());
            return new Outcome<>(form, errors, item, body.removed());
        });
    }

    @Transactional
    public Optional<E> delete(long id, Actor who) {
        return byId(id).map(item -> {
            changes.record(type, item.id, AuditAction.DELETED, "« " + item.title + " ».", who, item.visibility(),
                    ContentChanges.Visibility.HIDDEN);
            store.delete(item);
            return item;
        });
    }

    @Override
    @Transactional
    public int publishDue(Instant now) {
        return changes.publishDue(type, store.list("status = ?1 and publishAt <= ?2", PublicationState.SCHEDULED, now));
    }

    public List<AuditEntry> trail(long id) {
        return changes.trail(type, id);
    }

    /** The alternative text of a media library image, null when the library has no such image. */
    private String libraryAlt(long imageId) {
        MediaAsset image = medias.find(imageId);
        return image == null ? null : image.altText;
    }

    /** Adds the messages to {@code errors}; the cleaned body when it could be read. */
    private RichText.Cleaned check(ArticleForm form, E current, FieldErrors errors) {
        if (!errors.has("title") && !errors.has("slug")) {
            String slug = Slugs.chosen(form.slug, form.title);
            Long currentId = current == null ? null : current.id;
            if (slug.isEmpty()) {
                errors.add("slug", "Le titre ne contient ni lettre ni chiffre : indiquez un identifiant.");
            } else {
                bySlug(slug).filter(existing -> !existing.id.equals(currentId)).ifPresent(existing -> errors.add(
                        "slug", "L'identifiant « " + slug + " » est déjà utilisé par « " + existing.title
                                + " » : choisissez-en un autre."));
                if (!errors.has("slug") && SlugRedirect.takenByAnother(type, slug, currentId)) {
                    errors.add("slug", "L'identifiant « " + slug + " » a déjà servi ailleurs, et ses anciennes "
                            + "adresses y mènent encore : choisissez-en un autre.");
                }
            }
        }
        checkOwnFields(form, errors);
        RichText.Cleaned body = RichText.clean(form.body, this::libraryAlt);
        if (!errors.has("body") && body.isBlank()) {
            errors.add("body", "Une fois nettoyé, le contenu est vide : utilisez les balises autorisées.");
        }
        PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
        return body;
    }

    private void apply(ArticleForm form, RichText.Cleaned body, E item) {
        item.title = form.title;
        item.slug = Slugs.chosen(form.slug, form.title);
        item.summary = form.summary;
        item.body = body.html();
        item.status = PublicationState.valueOf(form.status);
        item.publishAt = item.status == PublicationState.SCHEDULED
                ? ParisTime.parseField(form.publishAt).orElseThrow() : null;
        applyOwnFields(form, item);
    }

    private static String cleaningNote(RichText.Cleaned body) {
        return body.changed() ? " Contenu nettoyé, retiré : " + RichText.describe(String.join(",", body.removed())) + "."
                : "";
    }
}
