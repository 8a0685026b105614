package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.ItemEdits;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.PublicationFields;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.content.ScheduledItems;
import fr.pitchoun.cms.content.SlugRedirect;
import fr.pitchoun.cms.content.Slugs;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Episodes of the programmes, as editors manage them. */
@ApplicationScoped
public class EpisodeCatalog implements ScheduledItems {

    private final Validator validator;
    private final ContentChanges changes;
    private final ItemEdits edits;

    EpisodeCatalog(Validator validator, ContentChanges changes, ItemEdits edits) {
        this.validator = validator;
        this.changes = changes;
        this.edits = edits;
    }

    public Optional<Episode> byId(long id) {
        return Episode.findByIdOptional(id);
    }

    @Transactional
    public Optional<FormOutcome<EpisodeForm, Episode>> create(long programmeId, EpisodeForm typed, Actor who) {
        return Programme.<Programme>findByIdOptional(programmeId).map(programme -> edits.create(new InProgramme(programme),
                typed, () -> {
                    Episode episode = new Episode();
                    episode.programme = programme;
                    return episode;
                }, who));
    }

    @Transactional
    public Optional<FormOutcome<EpisodeForm, Episode>> update(long id, EpisodeForm typed, Actor who) {
        return byId(id).map(episode -> edits.update(new InProgramme(episode.programme), episode, typed, who));
    }

    @Transactional
    public Optional<Episode> delete(long id, Actor who) {
        return byId(id).map(episode -> edits.delete(ContentType.EPISODE, episode, "« " + episode.title + " ».", who));
    }

    @Override
    @Transactional
    public int publishDue(Instant now) {
        return changes.publishDue(ContentType.EPISODE,
                Episode.list("status = ?1 and publishAt <= ?2", PublicationState.SCHEDULED, now));
    }

    public List<AuditEntry> trail(Episode episode) {
        return changes.trail(ContentType.EPISODE, episode.id);
    }

    /** Episodes as the shared edit flow sees them: numbers and slugs are unique within their programme. */
    private final class InProgramme implements ItemEdits.Kind<EpisodeForm, Episode> {

        private final Programme programme;

        InProgramme(Programme programme) {
            this.programme = programme;
        }

        @Override
        public ContentType type() {
            return ContentType.EPISODE;
        }

        @Override
        public EpisodeForm formOf(Episode episode) {
            return EpisodeForm.of(episode);
        }

        @Override
        public List<String> fields() {
            return EpisodeForm.FIELDS;
        }

        @Override
        public Map<String, String> labels() {
            return EpisodeForm.LABELS;
        }

        /** Episode slugs are unique within their programme, so their redirects are too. */
        @Override
        public String redirectKey(Episode episode) {
            return redirectKey(episode.slug);
        }

        private String redirectKey(String slug) {
            return programme.id + "/" + slug;
        }

        @Override
        public void apply(EpisodeForm form, Episode episode) {
            episode.number = Integer.parseInt(form.number);
            episode.title = form.title;
            episode.slug = Slugs.chosen(form.slug, form.title);
            episode.synopsis = form.synopsis;
            episode.durationMinutes = Integer.parseInt(form.durationMinutes);
            episode.learningThemes = Themes.tidy(form.learningThemes);
            episode.kinowVideoUrl = form.kinowVideoUrl.isEmpty() ? null : form.kinowVideoUrl;
            episode.earlyAccessAt = ParisTime.parseField(form.earlyAccessAt).orElse(null);
            episode.status = PublicationState.valueOf(form.status);
            episode.publishAt = episode.status == PublicationState.SCHEDULED
                    ? ParisTime.parseField(form.publishAt).orElseThrow() : null;
        }

        @Override
        public FieldErrors check(EpisodeForm form, Episode current) {
            long currentId = current == null ? -1L : current.id;
            FieldErrors errors = FieldErrors.of(validator, form, EpisodeForm.FIELDS);
            if (!errors.has("number") && Episode.count("programme = ?1 and number = ?2 and id <> ?3", programme,
                    Integer.parseInt(form.number), currentId) > 0) {
                errors.add("number", "Ce programme a déjà un épisode numéro " + form.number + ".");
            }
            if (!errors.has("durationMinutes") && Integer.parseInt(form.durationMinutes) > 600) {
                errors.add("durationMinutes", "La durée doit être un nombre de minutes entre 1 et 600.");
            }
            if (!errors.has("title") && !errors.has("slug")) {
                String slug = Slugs.chosen(form.slug, form.title);
                if (slug.isEmpty()) {
                    errors.add("slug", "Le titre ne contient ni lettre ni chiffre : indiquez un identifiant.");
                } else if (Episode.count("programme = ?1 and slug = ?2 and id <> ?3", programme, slug, currentId) > 0
                        || SlugRedirect.takenByAnother(ContentType.EPISODE, redirectKey(slug),
                        current == null ? null : current.id)) {
                    errors.add("slug", "L'identifiant « " + slug + " » est déjà utilisé dans ce programme : "
                            + "choisissez-en un autre.");
                }
            }
            if (!form.earlyAccessAt.isEmpty() && ParisTime.parseField(form.earlyAccessAt).isEmpty()) {
                errors.add("earlyAccessAt", "La date d'accès anticipé n'est pas valide (exemple : 2026-12-01T18:30).");
            }
            PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
            return errors;
        }
    }
}
