package fr.pitchoun.cms.editor;

import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.media.MediaAsset;
import fr.pitchoun.cms.media.MediaChoices;

/** The image select of a form (tag {@code image}): empty, or the id of an image of the media library. */
public final class ImageField {

    private ImageField() {
    }

    /** Adds a message under {@code field} when the choice names no image of the library. */
    public static void check(String typed, MediaChoices medias, String field, FieldErrors errors) {
        if (!typed.isEmpty() && chosen(typed, medias) == null) {
            errors.add(field, "Cette image n'est pas (ou plus) dans la médiathèque : choisissez-en une autre.");
        }
    }

    /** The chosen image, null for none (or for an id that names no image of the library). */
    public static MediaAsset chosen(String typed, MediaChoices medias) {
        return typed != null && typed.matches("[0-9]{1,18}") ? medias.find(Long.valueOf(typed)) : null;
    }
}
