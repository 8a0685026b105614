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
import fr.pitchoun.cms.replay.ReplayCatalogue;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

    /** A saved (or refused) episode form; {@code catalogueAway}: the video could not be checked, the previous kept. */
    public record EpisodeEdit(FormOutcome<EpisodeForm, Episode> outcome, boolean catalogueAway) {
    }

    private final Validator validator;
    private final ContentChanges changes;
    private final ItemEdits edits;
    private final ReplayCatalogue catalogue;

    EpisodeCatalog(Validator validator, ContentChanges changes, ItemEdits edits, ReplayCatalogue catalogue) {
        this.validator = validator;
        this.changes = changes;
        this.edits = edits;
        this.catalogue = catalogue;
    }

    public Optional<Episode> byId(long id) {
        return Episode.findByIdOptional(id);
    }

    /** The form showing an episode as stored, for a change made in code (the demo's). */
    public EpisodeForm formOf(Episode episode) {
        return EpisodeForm.of(episode);
    }

    /**
     * The catalogue is asked (outside the transaction: it may take seconds) before the edit flow runs; when it does
     * not answer, the form is saved with the video already chosen.
     */
    public Optional<EpisodeEdit> create(long programmeId, EpisodeForm typed, Actor who) {
        VideoChoice choice = VideoChoice.of(typed, null, catalogue);
        EpisodeForm form = keepingVideoWhenAway(choice, typed, null);
        return QuarkusTransaction.requiringNew().call(() -> Programme.<Programme>findByIdOptional(programmeId)
                .map(programme -> new EpisodeEdit(edits.create(new InProgramme(programme, choice), form, () -> {
                    Episode episode = new Episode();
                    episode.programme = programme;
                    return episode;
                }, who), choice instanceof VideoChoice.CatalogueAway)));
    }

    public Optional<EpisodeEdit> update(long id, EpisodeForm typed, Actor who) {
        Optional<Episode> before = byId(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        VideoChoice choice = VideoChoice.of(typed, before.get(), catalogue);
        EpisodeForm form = keepingVideoWhenAway(choice, typed, before.get());
        return QuarkusTransaction.requiringNew().call(() -> byId(id).map(episode -> new EpisodeEdit(
                edits.update(new InProgramme(episode.programme, choice), episode, form, who),
                choice instanceof VideoChoice.CatalogueAway)));
    }

    /** Without the catalogue's answer, the form goes on with the video (and extract choice) stored before. */
    private static EpisodeForm keepingVideoWhenAway(VideoChoice choice, EpisodeForm typed, Episode current) {
        if (choice instanceof VideoChoice.CatalogueAway) {
            EpisodeForm stored = current == null ? new EpisodeForm() : EpisodeForm.of(current);
            typed.kinowVideoId = stored.kinowVideoId;
            typed.withExtract = stored.withExtract;
        }
        return typed;
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
        private final VideoChoice video;

        InProgramme(Programme programme, VideoChoice video) {
            this.programme = programme;
            this.video = video;
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
            video.applyTo(episode, EpisodeForm.TICKED.equals(form.forgetUnparsedUrl), Instant.now());
            episode.earlyAccessAt = ParisTime.parseField(form.earlyAccessAt).orElse(null);
            episode.broadcastAt = ParisTime.parseField(form.broadcastAt).orElse(null);
            episode.status = PublicationState.valueOf(form.status);
            episode.publishAt = episode.status == PublicationState.SCHEDULED
                    ? ParisTime.parseField(form.publishAt).orElseThrow() : null;
        }

        @Override
        public String auditNote(EpisodeForm form) {
            return video.auditNote();
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
            if (video instanceof VideoChoice.Unknown unknown) {
                errors.add("kinowVideoId", "Kinow n'a pas (ou plus) de vidéo n° " + unknown.videoId()
                        + " : choisissez-en une autre dans le catalogue.");
            }
            EarlyAccessWindow.check(form.earlyAccessAt, form.broadcastAt, errors);
            PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
            return errors;
        }
    }
}
