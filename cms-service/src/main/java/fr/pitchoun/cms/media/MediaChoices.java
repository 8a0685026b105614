package fr.pitchoun.cms.media;

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
}
