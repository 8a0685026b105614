package fr.pitchoun.cms.article;

import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.ItemEdits;
import fr.pitchoun.cms.content.ListFilter;
import fr.pitchoun.cms.content.Page;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.PublicationFields;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.content.PublishableStore;
import fr.pitchoun.cms.content.RichText;
import fr.pitchoun.cms.content.ScheduledItems;
import fr.pitchoun.cms.content.SlugCheck;
import fr.pitchoun.cms.content.Slugs;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.media.MediaAsset;
import fr.pitchoun.cms.media.MediaChoices;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What editors do to pages and news, and what the site may show of them: one implementation for both kinds, the
 * subclasses add the fields only their kind has.
 */
public abstract class ArticleCatalog<E extends Article> implements ScheduledItems, ItemEdits.Kind<ArticleForm, E> {

    private final ContentType type;
    /** How the slug's message names another item of the kind: "une autre page". */
    private final String anotherOfKind;
    private final PublishableStore<E> store;
    private final Validator validator;
    private final ItemEdits edits;
    protected final MediaChoices medias;

    protected ArticleCatalog(ContentType type, String anotherOfKind, PanacheRepositoryBase<E, Long> repository,
                             Validator validator, ContentChanges changes, ItemEdits edits, MediaChoices medias) {
        this.type = type;
        this.anotherOfKind = anotherOfKind;
        this.store = new PublishableStore<>(type, repository, changes);
        this.validator = validator;
        this.edits = edits;
        this.medias = medias;
    }

    /** A new item, not yet filled in. */
    protected abstract E newItem();

    /** The fields of this kind's form, in page order. */
    @Override
    public abstract List<String> fields();

    /** The order of the site's lists. */
    protected abstract Sort publicOrder();

    /** Checks the fields only this kind has (the generic ones are checked already). */
    protected abstract void checkOwnFields(ArticleForm form, FieldErrors errors);

    /** Copies the checked fields only this kind has. */
    protected abstract void applyOwnFields(ArticleForm form, E item);

    /** The published items, in the site's order. */
    public List<E> published() {
        return store.published(publicOrder());
    }

    /** One page of the published items, in the site's order. */
    public Page<E> published(int pageNumber) {
        return store.published(publicOrder(), pageNumber);
    }

    public Optional<E> published(String slug) {
        return store.published(slug);
    }

    /** The current slug of the published item an old slug pointed at. */
    public Optional<String> redirect(String oldSlug) {
        return store.redirect(oldSlug);
    }

    /** Editors' list: every item whatever its state, most recently changed first, searched and filtered. */
    public Page<E> search(String query, PublicationState state, int pageNumber) {
        return store.search(new ListFilter(query == null ? "" : query.strip(), state), "title", pageNumber);
    }

    public Optional<E> bySlug(String slug) {
        return store.bySlug(slug);
    }

    public Optional<E> byId(long id) {
        return store.byId(id);
    }

    @Transactional
    public FormOutcome<ArticleForm, E> create(ArticleForm typed, Actor who) {
        return edits.create(this, typed, this::newItem, who);
    }

    @Transactional
    public Optional<FormOutcome<ArticleForm, E>> update(long id, ArticleForm typed, Actor who) {
        return byId(id).map(item -> edits.update(this, item, typed, who));
    }

    @Transactional
    public Optional<E> delete(long id, Actor who) {
        return byId(id).map(item -> edits.delete(type, item, "« " + item.title + " ».", who));
    }

    @Override
    @Transactional
    public int publishDue(Instant now) {
        return store.publishDue(now);
    }

    public List<AuditEntry> trail(long id) {
        return store.trail(id);
    }

    /** The alternative text of a media library image, null when the library has no such image. */
    private String libraryAlt(long imageId) {
        MediaAsset image = medias.find(imageId);
        return image == null ? null : image.altText;
    }

    @Override
    public ContentType type() {
        return type;
    }

    @Override
    public FieldErrors check(ArticleForm form, E current) {
        FieldErrors errors = FieldErrors.of(validator, form, fields());
        if (!errors.has("title") && !errors.has("slug")) {
            String slug = Slugs.chosen(form.slug, form.title);
            Long currentId = current == null ? null : current.id;
            SlugCheck.check(slug, bySlug(slug).filter(other -> !other.id.equals(currentId)).map(other -> other.title),
                    type, currentId, anotherOfKind, errors);
        }
        checkOwnFields(form, errors);
        if (!errors.has("body") && cleaned(form).isBlank()) {
            errors.add("body", "Une fois nettoyé, le contenu est vide : utilisez les balises autorisées.");
        }
        PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
        return errors;
    }

    @Override
    public void apply(ArticleForm form, E item) {
        item.title = form.title;
        item.slug = Slugs.chosen(form.slug, form.title);
        item.summary = form.summary;
        item.body = cleaned(form).html();
        item.status = PublicationState.valueOf(form.status);
        item.publishAt = item.status == PublicationState.SCHEDULED
                ? ParisTime.parseField(form.publishAt).orElseThrow() : null;
        applyOwnFields(form, item);
    }

    @Override
    public ArticleForm formOf(E item) {
        return ArticleForm.of(item);
    }

    @Override
    public Map<String, String> labels() {
        return ArticleForm.LABELS;
    }

    /** The audit trail says what the cleaning of the rich text took out. */
    @Override
    public String auditNote(ArticleForm form) {
        RichText.Cleaned body = cleaned(form);
        return body.changed() ? " Contenu nettoyé, retiré : " + RichText.describe(String.join(",", body.removed())) + "."
                : "";
    }

    /** What the cleaning of the form's rich text took out (codes of {@link RichText}), to tell the editor. */
    public List<String> removedFrom(ArticleForm form) {
        return cleaned(form).removed();
    }

    private RichText.Cleaned cleaned(ArticleForm form) {
        return RichText.clean(form.body, this::libraryAlt);
    }
}
