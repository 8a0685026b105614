package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.replay.CatalogueUnavailable;
import fr.pitchoun.cms.replay.CataloguePage;
import fr.pitchoun.cms.replay.CatalogueVideo;
import fr.pitchoun.cms.replay.ReplayCatalogue;

import java.util.List;

/** What the episode form's video picker shows: the catalogue's answer to a title search, or why there is none. */
public record VideoPicker(List<CatalogueVideo> results, boolean searched, boolean hasMore, String notice) {

    static final String SAVED_WITHOUT_CATALOGUE = "Les autres champs sont enregistrés, mais le catalogue Kinow est "
            + "momentanément indisponible : la vidéo choisie auparavant est gardée. Choisissez la nouvelle vidéo plus "
            + "tard.";

    static VideoPicker idle() {
        return new VideoPicker(List.of(), false, false, null);
    }

    static VideoPicker saying(String notice) {
        return new VideoPicker(List.of(), false, false, notice);
    }

    static VideoPicker search(ReplayCatalogue catalogue, String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return saying("Tapez un mot du titre de la vidéo à chercher.");
        }
        try {
            CataloguePage page = catalogue.search(text, 1);
            return new VideoPicker(page.videos(), true, page.hasMore(), page.videos().isEmpty()
                    ? "Aucune vidéo du catalogue Kinow ne correspond à « " + text + " »." : null);
        } catch (CatalogueUnavailable away) {
            return saying(CatalogueUnavailable.MESSAGE + " Les autres champs peuvent être enregistrés ; la vidéo "
                    + "choisie auparavant est gardée.");
        }
    }

    /** Whether a search result is the video typed in the form (so its radio button stays checked). */
    public boolean shows(String videoId) {
        return results.stream().anyMatch(video -> String.valueOf(video.videoId()).equals(videoId));
    }
}
