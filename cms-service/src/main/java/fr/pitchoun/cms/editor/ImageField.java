package fr.pitchoun.cms.editor;

import fr.pitchoun.cms.media.MediaAsset;
import fr.pitchoun.cms.media.MediaChoices;

/** The image select of a form (tag {@code image}): empty, or the id of an image of the media library. */
public final class ImageField {

    private ImageField() {
    }

    /** The chosen image, null for none; adds a message under {@code field} when the id names no library image. */
    public static MediaAsset chosen(String typed, MediaChoices medias, String field, FieldErrors errors) {
        if (typed == null || typed.isEmpty()) {
            return null;
        }
        MediaAsset image = typed.matches("[0-9]{1,18}") ? medias.find(Long.valueOf(typed)) : null;
        if (image == null) {
            errors.add(field, "Cette image n'est pas (ou plus) dans la médiathèque : choisissez-en une autre.");
        }
        return image;
    }
}
