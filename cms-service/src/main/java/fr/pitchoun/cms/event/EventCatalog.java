package fr.pitchoun.cms.event;

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
import fr.pitchoun.cms.content.ScheduledItems;
import fr.pitchoun.cms.content.SlugCheck;
import fr.pitchoun.cms.content.Slugs;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
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

/** The agenda: events editors create and change, and the published ones the site lists. */
@ApplicationScoped
public class EventCatalog implements ScheduledItems, ItemEdits.Kind<EventForm, Event> {

    @ApplicationScoped
    static class Repository implements PanacheRepository<Event> {
    }

    private final PublishableStore<Event> store;
    private final Validator validator;
    private final MediaChoices medias;
    private final ItemEdits edits;

    EventCatalog(Repository repository, Validator validator, ContentChanges changes, MediaChoices medias,
                 ItemEdits edits) {
        this.store = new PublishableStore<>(ContentType.EVENT, repository, changes);
        this.validator = validator;
        this.medias = medias;
        this.edits = edits;
    }

    /**
     * Published events by start, those over at {@code now} left out unless {@code withPast}: an event is over once
     * its end (or, without one, its start) has passed.
     */
    public List<PublishedEvent> published(Instant now, boolean withPast) {
        String where = withPast ? "status = ?1" : "status = ?1 and coalesce(endsAt, startsAt) >= ?2";
        Sort order = Sort.by("startsAt").and("id");
        List<Event> events = withPast ? Event.list(where, order, PublicationState.PUBLISHED)
                : Event.list(where, order, PublicationState.PUBLISHED, now);
        return events.stream().map(PublishedEvent::of).toList();
    }

    public Optional<PublishedEvent> published(String slug) {
        return store.published(slug).map(PublishedEvent::of);
    }

    /** The current slug of the published event an old slug pointed at. */
    public Optional<String> redirect(String oldSlug) {
        return store.redirect(oldSlug);
    }

    /** Editors' list: every event whatever its state, most recently changed first. */
    public Page<Event> search(ListFilter filter, int pageNumber) {
        return store.search(filter, "title", pageNumber);
    }

    public Optional<Event> bySlug(String slug) {
        return store.bySlug(slug);
    }

    public Optional<Event> byId(long id) {
        return store.byId(id);
    }

    @Transactional
    public FormOutcome<EventForm, Event> create(EventForm typed, Actor who) {
        return edits.create(this, typed, Event::new, who);
    }

    @Transactional
    public Optional<FormOutcome<EventForm, Event>> update(long id, EventForm typed, Actor who) {
        return byId(id).map(event -> edits.update(this, event, typed, who));
    }

    @Transactional
    public Optional<Event> delete(long id, Actor who) {
        return byId(id).map(event -> edits.delete(ContentType.EVENT, event, "« " + event.title + " ».", who));
    }

    @Override
    @Transactional
    public int publishDue(Instant now) {
        return store.publishDue(now);
    }

    public List<AuditEntry> trail(Event event) {
        return store.trail(event.id);
    }

    @Override
    public ContentType type() {
        return ContentType.EVENT;
    }

    @Override
    public void apply(EventForm form, Event event) {
        event.title = form.title;
        event.slug = Slugs.chosen(form.slug, form.title);
        event.startsAt = ParisTime.parseField(form.startsAt).orElseThrow();
        event.endsAt = ParisTime.parseField(form.endsAt).orElse(null);
        event.place = form.place;
        event.description = form.description;
        event.image = ImageField.chosen(form.imageId, medias);
        event.bookingUrl = form.bookingUrl.isEmpty() ? null : form.bookingUrl;
        event.status = PublicationState.valueOf(form.status);
        event.publishAt = event.status == PublicationState.SCHEDULED
                ? ParisTime.parseField(form.publishAt).orElseThrow() : null;
    }

    @Override
    public EventForm formOf(Event event) {
        return EventForm.of(event);
    }

    @Override
    public List<String> fields() {
        return EventForm.FIELDS;
    }

    @Override
    public Map<String, String> labels() {
        return EventForm.LABELS;
    }

    @Override
    public FieldErrors check(EventForm form, Event current) {
        FieldErrors errors = FieldErrors.of(validator, form, EventForm.FIELDS);
        if (!errors.has("title") && !errors.has("slug")) {
            String slug = Slugs.chosen(form.slug, form.title);
            Long currentId = current == null ? null : current.id;
            SlugCheck.check(slug, bySlug(slug).filter(other -> !other.id.equals(currentId)).map(other -> other.title),
                    ContentType.EVENT, currentId, "un autre événement", errors);
        }
        Instant start = errors.has("startsAt") ? null : ParisTime.parseField(form.startsAt).orElse(null);
        if (!errors.has("startsAt") && start == null) {
            errors.add("startsAt", "La date de début n'est pas valide (exemple : 2026-12-01T14:30).");
        }
        if (!form.endsAt.isEmpty()) {
            Instant end = ParisTime.parseField(form.endsAt).orElse(null);
            if (end == null) {
                errors.add("endsAt", "La date de fin n'est pas valide (exemple : 2026-12-01T16:00).");
            } else if (start != null && end.isBefore(start)) {
                errors.add("endsAt", "La fin doit être après le début.");
            }
        }
        ImageField.check(form.imageId, medias, "imageId", errors);
        PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
        return errors;
    }
}
