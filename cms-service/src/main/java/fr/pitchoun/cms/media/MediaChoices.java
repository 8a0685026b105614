package fr.pitchoun.cms.media;

import fr.pitchoun.cms.form.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The library's images as every form that shows one offers them ({@code inject:medias} in the {@code image} tag), and
 * the check that a chosen image exists.
 */
@ApplicationScoped
@Named("medias")
public class MediaChoices {

    /** Most recent first: an editor usually picks the image just uploaded. */
    public List<MediaAsset> getChoices() {
        return MediaAsset.list("order by id desc");
    }

    /** The image of that id, or {@code null} when the field is empty or names no image of the library. */
    public MediaAsset find(Long id) {
        return id == null ? null : MediaAsset.findById(id);
    }

    /** The image an image field names ({@code ""}: none, {@code null}), once {@link #check} has accepted it. */
    public MediaAsset chosen(String typed) {
        return typed == null || typed.isBlank() ? null : find(Long.valueOf(typed.strip()));
    }

    /** Adds a French message to {@code field} unless it is empty or names an image of the library. */
    public void check(String typed, String field, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        if (!typed.strip().matches("[0-9]{1,18}") || find(Long.valueOf(typed.strip())) == null) {
            errors.add(field, "Cette image n'est pas (ou plus) dans la médiathèque : choisissez-en une autre.");
        }
    }
}
