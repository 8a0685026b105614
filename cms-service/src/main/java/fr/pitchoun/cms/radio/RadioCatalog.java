package fr.pitchoun.cms.radio;

import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditAction;
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
import fr.pitchoun.cms.content.ScheduledItems;
import fr.pitchoun.cms.content.SlugCheck;
import fr.pitchoun.cms.content.Slugs;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.form.FormText;
import fr.pitchoun.cms.editor.ImageField;
import fr.pitchoun.cms.media.MediaChoices;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The radios: what editors create and change (streams and "now playing" included), and what the site may show. */
@ApplicationScoped
public class RadioCatalog implements ScheduledItems, ItemEdits.Kind<RadioForm, Radio> {

    static final int NOW_PLAYING_MAX = 200;

    @ApplicationScoped
    static class Repository implements PanacheRepository<Radio> {
    }

    private final PublishableStore<Radio> store;
    private final Validator validator;
    private final ContentChanges changes;
    private final MediaChoices medias;
    private final ItemEdits edits;

    RadioCatalog(Repository repository, Validator validator, ContentChanges changes, MediaChoices medias,
                 ItemEdits edits) {
        this.store = new PublishableStore<>(ContentType.RADIO, repository, changes);
        this.validator = validator;
        this.changes = changes;
        this.medias = medias;
        this.edits = edits;
    }

    public List<PublishedRadio> published() {
        return store.published(Sort.by("name").and("slug")).stream().map(PublishedRadio::of).toList();
    }

    public Optional<PublishedRadio> published(String slug) {
        return store.published(slug).map(PublishedRadio::of);
    }

    /** The current slug of the published radio an old slug pointed at. */
    public Optional<String> redirect(String oldSlug) {
        return store.redirect(oldSlug);
    }

    /** Editors' list: every radio whatever its state, most recently changed first. */
    public Page<Radio> search(ListFilter filter, int pageNumber) {
        return store.search(filter, "name", pageNumber);
    }

    public Optional<Radio> bySlug(String slug) {
        return store.bySlug(slug);
    }

    public Optional<Radio> byId(long id) {
        return store.byId(id);
    }

    public Optional<RadioVersion> versionById(long id) {
        return RadioVersion.findByIdOptional(id);
    }

    @Transactional
    public FormOutcome<RadioForm, Radio> create(RadioForm typed, Actor who) {
        return edits.create(this, typed, Radio::new, who);
    }

    @Transactional
    public Optional<FormOutcome<RadioForm, Radio>> update(long id, RadioForm typed, Actor who) {
        return byId(id).map(radio -> edits.update(this, radio, typed, who));
    }

    /** Changes only what is on air: the quick form of the list and of the radio's page. */
    @Transactional
    public Optional<FormOutcome<String, Radio>> updateNowPlaying(long id, String typed, Actor who) {
        return byId(id).map(radio -> {
            String text = typed == null ? "" : typed.strip();
            FieldErrors errors = FieldErrors.none();
            if (text.length() > NOW_PLAYING_MAX) {
                errors.add("nowPlaying", "Le titre en cours ne doit pas dépasser " + NOW_PLAYING_MAX + " caractères.");
                return new FormOutcome<>(text, errors, radio);
            }
            radio.nowPlaying = text;
            radio.nowPlayingUpdatedAt = Instant.now();
            changes.record(ContentType.RADIO, radio.id, AuditAction.UPDATED,
                    text.isEmpty() ? "En ce moment : effacé." : "En ce moment : « " + text + " ».", who,
                    radio.visibility(), radio.visibility());
            return new FormOutcome<>(text, errors, radio);
        });
    }

    @Transactional
    public Optional<Radio> delete(long id, Actor who) {
        return byId(id).map(radio -> edits.delete(ContentType.RADIO, radio, "« " + radio.name + " » et ses versions.",
                who));
    }

    /** Adds a stream to a radio (a change of the radio in its trail and for the site). */
    @Transactional
    public Optional<FormOutcome<RadioVersionForm, RadioVersion>> addVersion(long radioId, RadioVersionForm typed,
                                                                          Actor who) {
        return byId(radioId).map(radio -> {
            RadioVersion version = new RadioVersion();
            version.radio = radio;
            return saveVersion(version, typed, who, "Version « %s » ajoutée.");
        });
    }

    @Transactional
    public Optional<FormOutcome<RadioVersionForm, RadioVersion>> updateVersion(long id, RadioVersionForm typed,
                                                                             Actor who) {
        return versionById(id).map(version -> saveVersion(version, typed, who, "Version « %s » modifiée."));
    }

    @Transactional
    public Optional<RadioVersion> deleteVersion(long id, Actor who) {
        return versionById(id).map(version -> {
            Radio radio = version.radio;
            changes.record(ContentType.RADIO, radio.id, AuditAction.UPDATED,
                    "Version « " + version.name + " » supprimée.", who, radio.visibility(), radio.visibility());
            version.delete();
            return version;
        });
    }

    /** The position proposed for a new stream: after the last one. */
    public int nextPosition(Radio radio) {
        return radio.versions.stream().mapToInt(v -> v.position).max().orElse(0) + 1;
    }

    @Override
    @Transactional
    public int publishDue(Instant now) {
        return store.publishDue(now);
    }

    public List<AuditEntry> trail(Radio radio) {
        return store.trail(radio.id);
    }

    private FormOutcome<RadioVersionForm, RadioVersion> saveVersion(RadioVersion version, RadioVersionForm typed,
                                                                    Actor who, String details) {
        RadioVersionForm form = FormText.trimmed(typed);
        FieldErrors errors = FieldErrors.of(validator, form, RadioVersionForm.FIELDS);
        if (!errors.isEmpty()) {
            return new FormOutcome<>(form, errors, version);
        }
        version.name = form.name;
        version.streamUrl = form.streamUrl;
        version.format = StreamFormat.valueOf(form.format);
        version.position = Integer.parseInt(form.position);
        version.persist();
        Radio radio = version.radio;
        changes.record(ContentType.RADIO, radio.id, AuditAction.UPDATED, details.formatted(version.name), who,
                radio.visibility(), radio.visibility());
        return new FormOutcome<>(form, errors, version);
    }

    @Override
    public ContentType type() {
        return ContentType.RADIO;
    }

    @Override
    public FieldErrors check(RadioForm form, Radio current) {
        FieldErrors errors = FieldErrors.of(validator, form, RadioForm.FIELDS);
        if (!errors.has("name") && !errors.has("slug")) {
            String slug = Slugs.chosen(form.slug, form.name);
            Long currentId = current == null ? null : current.id;
            SlugCheck.check(slug, bySlug(slug).filter(other -> !other.id.equals(currentId)).map(other -> other.name),
                    ContentType.RADIO, currentId, "une autre radio", errors);
        }
        ImageField.check(form.imageId, medias, "imageId", errors);
        PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
        return errors;
    }

    @Override
    public void apply(RadioForm form, Radio radio) {
        radio.name = form.name;
        radio.slug = Slugs.chosen(form.slug, form.name);
        radio.description = form.description;
        radio.image = ImageField.chosen(form.imageId, medias);
        radio.status = PublicationState.valueOf(form.status);
        radio.publishAt = radio.status == PublicationState.SCHEDULED
                ? ParisTime.parseField(form.publishAt).orElseThrow() : null;
    }

    @Override
    public RadioForm formOf(Radio radio) {
        return RadioForm.of(radio);
    }

    @Override
    public List<String> fields() {
        return RadioForm.FIELDS;
    }

    @Override
    public Map<String, String> labels() {
        return RadioForm.LABELS;
    }
}
