package fr.pitchoun.cms.programme;

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
import fr.pitchoun.cms.content.ScheduledItems;
import fr.pitchoun.cms.content.SlugRedirect;
import fr.pitchoun.cms.content.Slugs;
import fr.pitchoun.cms.editor.FieldErrors;
import fr.pitchoun.cms.media.MediaChoices;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The programme catalogue: what editors create and change, and what the public site may show. */
@ApplicationScoped
public class ProgrammeCatalog implements ScheduledItems {

    private final Validator validator;
    private final ContentChanges changes;
    private final MediaChoices medias;

    ProgrammeCatalog(Validator validator, ContentChanges changes, MediaChoices medias) {
        this.validator = validator;
        this.changes = changes;
        this.medias = medias;
    }

    public List<PublishedProgramme> published() {
        return Programme.<Programme>list("from Programme p left join fetch p.image where p.status = ?1 "
                        + "order by p.title, p.slug", PublicationState.PUBLISHED)
                .stream().map(p -> PublishedProgramme.of(p, null)).toList();
    }

    /** A published programme with its published episodes. */
    public Optional<PublishedProgramme> published(String slug) {
        return Programme.<Programme>find("slug = ?1 and status = ?2", slug, PublicationState.PUBLISHED)
                .firstResultOptional()
                .map(p -> PublishedProgramme.of(p, Episode.<Episode>list("programme = ?1 and status = ?2",
                        Sort.by("number"), p, PublicationState.PUBLISHED)));
    }

    /** The current slug of the published programme an old slug pointed at. */
    public Optional<String> redirect(String oldSlug) {
        return SlugRedirect.publicTarget(ContentType.PROGRAMME, oldSlug, id -> Programme.findByIdOptional(id));
    }

    /** Editors' list: every programme whatever its state, most recently changed first, searched and filtered. */
    public Page<Programme> search(String query, PublicationState state, int pageNumber) {
        return new ListFilter(query == null ? "" : query.strip(), state)
                .page("title", (where, parameters) -> Programme.find(where, ListFilter.EDITOR_ORDER, parameters), pageNumber);
    }

    /** Every programme by title, for choosing one (schedule slots). */
    public List<Programme> allByTitle() {
        return Programme.listAll(Sort.by("title"));
    }

    public Optional<Programme> bySlug(String slug) {
        return Programme.find("slug", slug).firstResultOptional();
    }

    public Optional<Programme> byId(long id) {
        return Programme.findByIdOptional(id);
    }

    public List<Episode> episodes(Programme programme) {
        return Episode.list("programme", Sort.by("number"), programme);
    }

    /** The outcome of a create or update: the stored programme, or the messages to show next to the fields. */
    public record Outcome(ProgrammeForm form, FieldErrors errors, Programme programme) {
        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    /** Stores the programme, or stores nothing and says in French what to fix. */
    @Transactional
    public Outcome create(ProgrammeForm typed, Actor who) {
        ProgrammeForm form = FormText.trimmed(typed);
        Programme programme = new Programme();
        FieldErrors errors = check(form, null);
        if (!errors.isEmpty()) {
            return new Outcome(form, errors, null);
        }
        apply(form, programme);
        programme.persist();
        changes.record(ContentType.PROGRAMME, programme.id, AuditAction.CREATED,
                "État : " + programme.status.label() + ".", who, ContentChanges.Visibility.HIDDEN, programme.visibility());
        return new Outcome(form, errors, programme);
    }

    @Transactional
    public Optional<Outcome> update(long id, ProgrammeForm typed, Actor who) {
        return byId(id).map(programme -> {
            ProgrammeForm form = FormText.trimmed(typed);
            FieldErrors errors = check(form, programme);
            if (!errors.isEmpty()) {
                return new Outcome(form, errors, programme);
            }
            ContentChanges.Visibility before = programme.visibility();
            PublicationState stateBefore = programme.status;
            String changed = ChangeSummary.between(ProgrammeForm.of(programme), form, ProgrammeForm.FIELDS,
                    ProgrammeForm.LABELS);
            String oldSlug = programme.slug;
            apply(form, programme);
            if (!oldSlug.equals(programme.slug)) {
                SlugRedirect.remember(ContentType.PROGRAMME, oldSlug, programme.slug, programme.id);
            }
            changes.record(ContentType.PROGRAMME, programme.id,
                    PublicationFields.actionFor(stateBefore, programme.status), changed, who, before,
                    programme.visibility());
            return new Outcome(form, errors, programme);
        });
    }

    @Transactional
    public Optional<Programme> delete(long id, Actor who) {
        return byId(id).map(programme -> {
            ContentChanges.Visibility before = programme.visibility();
            changes.record(ContentType.PROGRAMME, programme.id, AuditAction.DELETED,
                    "« " + programme.title + " » et ses épisodes.", who, before, ContentChanges.Visibility.HIDDEN);
            programme.delete();
            return programme;
        });
    }

    /** Publishes the scheduled programmes whose time has come; how many. */
    @Override
    @Transactional
    public int publishDue(Instant now) {
        return changes.publishDue(ContentType.PROGRAMME,
                Programme.list("status = ?1 and publishAt <= ?2", PublicationState.SCHEDULED, now));
    }

    public List<AuditEntry> trail(Programme programme) {
        return changes.trail(ContentType.PROGRAMME, programme.id);
    }

    private void apply(ProgrammeForm form, Programme programme) {
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

    private FieldErrors check(ProgrammeForm form, Programme current) {
        FieldErrors errors = FieldErrors.of(validator, form, ProgrammeForm.FIELDS);
        if (!errors.has("ageMin") && !errors.has("ageMax")
                && Integer.parseInt(form.ageMin) > Integer.parseInt(form.ageMax)) {
            errors.add("ageMax", "L'âge maximum doit être supérieur ou égal à l'âge minimum.");
        }
        if (!errors.has("title") && !errors.has("slug")) {
            String slug = slugOf(form);
            Long currentId = current == null ? null : current.id;
            if (slug.isEmpty()) {
                errors.add("slug", "Le titre ne contient ni lettre ni chiffre : indiquez un identifiant.");
            } else {
                bySlug(slug).filter(existing -> !existing.id.equals(currentId)).ifPresent(existing -> errors.add("slug",
                        "L'identifiant « " + slug + " » est déjà utilisé par « " + existing.title
                                + " » : choisissez-en un autre."));
                if (!errors.has("slug") && SlugRedirect.takenByAnother(ContentType.PROGRAMME, slug, currentId)) {
                    errors.add("slug", "L'identifiant « " + slug + " » a déjà servi à un autre programme, dont les "
                            + "anciennes adresses y mènent encore : choisissez-en un autre.");
                }
            }
        }
        medias.check(form.image, "image", errors);
        PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
        return errors;
    }

    private static String slugOf(ProgrammeForm form) {
        return Slugs.chosen(form.slug, form.title);
    }
}
