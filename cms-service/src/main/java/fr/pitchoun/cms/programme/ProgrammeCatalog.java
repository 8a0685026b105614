package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.editor.FieldErrors;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Optional;

/** The programme catalogue: what editors create and what the public site may show. */
@ApplicationScoped
public class ProgrammeCatalog {

    /** Form fields in page order, so messages are listed the way the editor reads the form. */
    private static final List<String> FIELD_ORDER = List.of("title", "slug", "synopsis", "ageMin", "ageMax", "status");

    private final Validator validator;

    ProgrammeCatalog(Validator validator) {
        this.validator = validator;
    }

    public List<PublishedProgramme> published() {
        return Programme.<Programme>list("status", Sort.by("title").and("slug"), ProgrammeStatus.PUBLISHED)
                .stream().map(PublishedProgramme::of).toList();
    }

    public Optional<PublishedProgramme> published(String slug) {
        return Programme.<Programme>find("slug = ?1 and status = ?2", slug, ProgrammeStatus.PUBLISHED)
                .firstResultOptional().map(PublishedProgramme::of);
    }

    /** Every programme whatever its state, most recently changed first: what editors work on. */
    public List<Programme> all() {
        return Programme.listAll(Sort.descending("updatedAt").and("id", Sort.Direction.Descending));
    }

    public Optional<Programme> bySlug(String slug) {
        return Programme.find("slug", slug).firstResultOptional();
    }

    /** Stores the programme, or stores nothing and says in French what to fix. */
    @Transactional
    public Creation create(ProgrammeForm typed) {
        ProgrammeForm form = typed.trimmed();
        FieldErrors errors = check(form);
        if (!errors.isEmpty()) {
            return new Creation(form, errors, null);
        }
        Programme programme = new Programme();
        programme.title = form.title;
        programme.slug = slugOf(form);
        programme.synopsis = form.synopsis;
        programme.ageMin = Integer.parseInt(form.ageMin);
        programme.ageMax = Integer.parseInt(form.ageMax);
        programme.status = ProgrammeStatus.valueOf(form.status);
        programme.persist();
        return new Creation(form, errors, programme);
    }

    private FieldErrors check(ProgrammeForm form) {
        FieldErrors errors = FieldErrors.of(validator, form, FIELD_ORDER);
        if (!errors.has("ageMin") && !errors.has("ageMax")
                && Integer.parseInt(form.ageMin) > Integer.parseInt(form.ageMax)) {
            errors.add("ageMax", "L'âge maximum doit être supérieur ou égal à l'âge minimum.");
        }
        if (!errors.has("title") && !errors.has("slug")) {
            String slug = slugOf(form);
            if (slug.isEmpty()) {
                errors.add("slug", "Le titre ne contient ni lettre ni chiffre : indiquez un identifiant.");
            } else {
                bySlug(slug).ifPresent(existing -> errors.add("slug",
                        "L'identifiant « " + slug + " » est déjà utilisé par « " + existing.title
                                + " » : choisissez-en un autre."));
            }
        }
        return errors;
    }

    private static String slugOf(ProgrammeForm form) {
        return form.slug.isEmpty() ? Slugs.fromTitle(form.title) : form.slug;
    }

    /** The outcome of a creation attempt: the stored programme, or the messages to show next to the fields. */
    public record Creation(ProgrammeForm form, FieldErrors errors, Programme programme) {
        public boolean succeeded() {
            return programme != null;
        }
    }
}
