package fr.pitchoun.cms.content;

import fr.pitchoun.cms.form.FieldErrors;

import java.util.Optional;

/** Whether an item may take a slug: not empty, not another item's, not still redirecting to another item. */
public final class SlugCheck {

    private SlugCheck() {
    }

    /**
     * Adds the "slug" message to {@code errors} when the chosen slug cannot be used.
     *
     * @param usedBy       the title of another item of the kind that has this slug now, if any
     * @param anotherOfKind how the message names another item of the kind: "une autre radio", "un autre événement"
     */
    public static void check(String slug, Optional<String> usedBy, ContentType type, Long currentId,
                             String anotherOfKind, FieldErrors errors) {
        if (slug.isEmpty()) {
            errors.add("slug", "Le titre ne contient ni lettre ni chiffre : indiquez un identifiant.");
        } else if (usedBy.isPresent()) {
            errors.add("slug", "L'identifiant « " + slug + " » est déjà utilisé par « " + usedBy.get()
                    + " » : choisissez-en un autre.");
        } else if (SlugRedirect.takenByAnother(type, slug, currentId)) {
            errors.add("slug", "L'identifiant « " + slug + " » a déjà servi à " + anotherOfKind + ", dont les "
                    + "anciennes adresses y mènent encore : choisissez-en un autre.");
        }
    }
}
