package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.editor.FormText;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditAction;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ChangeSummary;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.PublicationFields;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.content.ScheduledItems;
import fr.pitchoun.cms.content.SlugRedirect;
import fr.pitchoun.cms.content.Slugs;
import fr.pitchoun.cms.editor.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Episodes of the programmes, as editors manage them. */
@ApplicationScoped
public class EpisodeCatalog implements ScheduledItems {

    private final Validator validator;
    private final ContentChanges changes;

    EpisodeCatalog(Validator validator, ContentChanges changes) {
        this.validator = validator;
        this.changes = changes;
    }

    public record Outcome(EpisodeForm form, FieldErrors errors, Episode episode) {
        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    public Optional<Episode> byId(long id) {
        return Episode.findByIdOptional(id);
    }

    @Transactional
    public Optional<Outcome> create(long programmeId, EpisodeForm typed, Actor who) {
        return Programme.<Programme>findByIdOptional(programmeId).map(programme -> {
            EpisodeForm form = FormText.trimmed(typed);
            FieldErrors errors = check(form, programme, null);
            if (!errors.isEmpty()) {
                return new Outcome(form, errors, null);
            }
            Episode episode = new Episode();
            episode.programme = programme;
            apply(form, episode);
            episode.persist();
            changes.record(ContentType.EPISODE, episode.id, AuditAction.CREATED, "État : " + episode.status.label() + ".",
                    who, ContentChanges.Visibility.HIDDEN, episode.visibility());
            return new Outcome(form, errors, episode);
        });
    }

    @Transactional
    public Optional<Outcome> update(long id, EpisodeForm typed, Actor who) {
        return byId(id).map(episode -> {
            EpisodeForm form = FormText.trimmed(typed);
            FieldErrors errors = check(form, episode.programme, episode.id);
            if (!errors.isEmpty()) {
                return new Outcome(form, errors, episode);
            }
            ContentChanges.Visibility before = episode.visibility();
            PublicationState stateBefore = episode.status;
            String changed = ChangeSummary.between(EpisodeForm.of(episode), form, EpisodeForm.FIELDS, EpisodeForm.LABELS);
            String oldSlug = episode.slug;
            apply(form, episode);
            if (!oldSlug.equals(episode.slug)) {
                SlugRedirect.remember(ContentType.EPISODE, redirectKey(episode.programme, oldSlug),
                        redirectKey(episode.programme, episode.slug), episode.id);
            }
            changes.record(ContentType.EPISODE, episode.id, PublicationFields.actionFor(stateBefore, episode.status),
                    changed, who, before, episode.visibility());
            return new Outcome(form, errors, episode);
        });
    }

    @Transactional
    public Optional<Episode> delete(long id, Actor who) {
        return byId(id).map(episode -> {
            changes.record(ContentType.EPISODE, episode.id, AuditAction.DELETED, "« " + episode.title + " ».", who,
                    episode.visibility(), ContentChanges.Visibility.HIDDEN);
            episode.delete();
            return episode;
        });
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

    /** Episode slugs are unique within their programme, so their redirects are too. */
    private static String redirectKey(Programme programme, String slug) {
        return programme.id + "/" + slug;
    }

    private static void apply(EpisodeForm form, Episode episode) {
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

    private FieldErrors check(EpisodeForm form, Programme programme, Long currentId) {
        FieldErrors errors = FieldErrors.of(validator, form, EpisodeForm.FIELDS);
        if (!errors.has("number") && Episode.count("programme = ?1 and number = ?2 and id <> ?3", programme,
                Integer.parseInt(form.number), currentId == null ? -1L : currentId) > 0) {
            errors.add("number", "Ce programme a déjà un épisode numéro " + form.number + ".");
        }
        if (!errors.has("durationMinutes") && Integer.parseInt(form.durationMinutes) > 600) {
            errors.add("durationMinutes", "La durée doit être un nombre de minutes entre 1 et 600.");
        }
        if (!errors.has("title") && !errors.has("slug")) {
            String slug = Slugs.chosen(form.slug, form.title);
            if (slug.isEmpty()) {
                errors.add("slug", "Le titre ne contient ni lettre ni chiffre : indiquez un identifiant.");
            } else if (Episode.count("programme = ?1 and slug = ?2 and id <> ?3", programme, slug,
                    currentId == null ? -1L : currentId) > 0
                    || SlugRedirect.takenByAnother(ContentType.EPISODE, redirectKey(programme, slug), currentId)) {
                errors.add("slug", "L'identifiant « " + slug + " » est déjà utilisé dans ce programme : choisissez-en un autre.");
            }
        }
        if (!form.earlyAccessAt.isEmpty() && ParisTime.parseField(form.earlyAccessAt).isEmpty()) {
            errors.add("earlyAccessAt", "La date d'accès anticipé n'est pas valide (exemple : 2026-12-01T18:30).");
        }
        PublicationFields.check(form.status, form.publishAt, errors, Instant.now());
        return errors;
    }
}
