package fr.pitchoun.cms.programme;

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

/** The programme catalogue: what editors create and change, and what the public site may show. */
@ApplicationScoped
public class ProgrammeCatalog implements ScheduledItems, ItemEdits.Kind<ProgrammeForm, Programme> {

    @ApplicationScoped
    static class Repository implements PanacheRepository<Programme> {
    }

    private final PublishableStore<Programme> store;
    private final Validator validator;
    private final MediaChoices medias;
    private final ItemEdits edits;

    ProgrammeCatalog(Repository repository, Validator validator, ContentChanges changes, MediaChoices medias,
                     ItemEdits edits) {
        this.store = new PublishableStore<>(ContentType.PROGRAMME, repository, changes);
        this.validator = validator;
        this.medias = medias;
        this.edits = edits;
    }

    public List<PublishedProgramme> published() {
        return Programme.<Programme>list("from Programme p left join fetch p.image where p.status = ?1 "
                        + "order by p.title, p.slug", PublicationState.PUBLISHED)
                .stream().map(p -> PublishedProgramme.of(p, null)).toList();
    }

    /** A published programme with its published episodes. */
    public Optional<PublishedProgramme> published(String slug) {
        return store.published(slug).map(p -> PublishedProgramme.of(p, Episode.<Episode>list("programme = ?1 and status = ?2",
                        Sort.by("number"), p, PublicationState.PUBLISHED)));
    }

    /** The current slug of the published programme an old slug pointed at. */
    public Optional<String> redirect(String oldSlug) {
        return store.redirect(oldSlug);
    }

    /** Editors' list: every programme whatever its state, most recently changed first, searched and filtered. */
    public Page<Programme> search(String query, PublicationState state, int pageNumber) {
        return store.search(new ListFilter(query == null ? "" : query.strip(), state), "title", pageNumber);
    }

    /** Every programme by title, for choosing one (schedule slots). */
    public List<Programme> allByTitle() {
        return Programme.listAll(Sort.by("title"));
    }

    public Optional<Programme> bySlug(String slug) {
        return store.bySlug(slug);
    }

    public Optional<Programme> byId(long id) {
        return store.byId(id);
    }

    public List<Episode> episodes(Programme programme) {
        return Episode.list("programme", Sort.by("number"), programme);
    }

    @Transactional
    public FormOutcome<ProgrammeForm, Programme> create(ProgrammeForm typed, Actor who) {
        return edits.create(this, typed, Programme::new, who);
    }

    @Transactional
    public Optional<FormOutcome<ProgrammeForm, Programme>> update(long id, ProgrammeForm typed, Actor who) {
        return byId(id).map(programme -> edits.update(this, programme, typed, who));
    }

    @Transactional
    public Optional<Programme> delete(long id, Actor who) {
        return byId(id).map(programme -> edits.delete(ContentType.PROGRAMME, programme,
                "« " + programme.title + " » et ses épisodes.", who));
    }

    /** Publishes the scheduled programmes whose time has come; how many. */
    @Override
    @Transactional
    public int publishDue(Instant now) {
        return store.publishDue(now);
    }

    public List<AuditEntry> trail(Programme programme) {
        return store.trail(programme.id);
    }

    @Override
    public ContentType type() {
        return ContentType.PROGRAMME;
    }

    @Override
    public ProgrammeForm formOf(Programme programme) {
        return ProgrammeForm.of(programme);
    }

    @Override
    public List<String> fields() {
        return ProgrammeForm.FIELDS;
    }

    @Override
    public Map<String, String> labels() {
        return ProgrammeForm.LABELS;
    }

    @Override
    public void apply(ProgrammeForm form, Programme programme) {
        programme.title = form.title;
        programme.slug = slugOf(form);
        programme.synopsis = form.synopsis;
        programme.ageMin = Integer.parseInt(form.ageMin);
        programme.ageMax = Integer.parseInt(form.ageMax);
        programme.themes = Themes.tidy(form.themes);
        programme.image = medias.chosen(form.image);
        programme.status = PublicationState.valueOf(form.status);
        programme.publishAt = programme.status == PublicationState.SCHEDULED
                ? ParisTime.parseField(form.publishAt).orElseThrow() : null;
    }

    @Override
    public FieldErrors check(ProgrammeForm form, Programme current) {
        FieldErrors errors = FieldErrors.of(validator, form, ProgrammeForm.FIELDS);
        if (!errors.has("ageMin") && !errors.has("ageMax")
                && Integer.parseInt(form.ageMin) > Integer.parseInt(form.ageMax)) {
            errors.add("ageMax", "L'âge maximum doit être supérieur ou égal à l'âge minimum.");
        }
        if (!errors.has("title") && !errors.has("slug")) {
            String slug = slugOf(form);
            Long currentId = current == null ? null : current.id;
            SlugCheck.check(slug, bySlug(slug).filter(other -> !other.id.equals(currentId)).map(other -> other.title),
                    ContentType.PROGRAMME, currentId, "un autre programme", errors);
        }
        medias.check(form.image, "image", errors);
        PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
        return errors;
    }

    private static String slugOf(ProgrammeForm form) {
        return Slugs.chosen(form.slug, form.title);
    }
}
