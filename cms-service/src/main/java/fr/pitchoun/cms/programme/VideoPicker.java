package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.replay.CatalogueCategory;
import fr.pitchoun.cms.replay.CatalogueUnavailable;
import fr.pitchoun.cms.replay.CataloguePage;
import fr.pitchoun.cms.replay.CatalogueVideo;
import fr.pitchoun.cms.replay.ReplayCatalogue;

import java.util.List;

/**
 * What the episode form's video picker shows: the catalogue's answer to a search by title and/or Kinow category, or why
 * there is none, and the categories to choose from (none while the catalogue is away).
 */
public record VideoPicker(List<CatalogueVideo> results, boolean searched, boolean hasMore, String notice,
                          List<CatalogueCategory> categories) {

    static final String SAVED_WITHOUT_CATALOGUE = "Les autres champs sont enregistrés, mais le catalogue Kinow est "
            + "momentanément indisponible : la vidéo choisie auparavant est gardée. Choisissez la nouvelle vidéo plus "
            + "tard.";

    /** The picker before any search: the categories, if the catalogue answers. */
    static VideoPicker idle(ReplayCatalogue catalogue) {
        return new VideoPicker(List.of(), false, false, null, categoriesOr(catalogue, List.of()));
    }

    static VideoPicker saying(String notice) {
        return new VideoPicker(List.of(), false, false, notice, List.of());
    }

    static VideoPicker search(ReplayCatalogue catalogue, String query, String category) {
        String text = query == null ? "" : query.strip();
        Long categoryId = category == null || !category.strip().matches("[0-9]{1,18}") ? null
                : Long.valueOf(category.strip());
        if (text.isEmpty() && categoryId == null) {
            return new VideoPicker(List.of(), false, false, "Tapez un mot du titre de la vidéo à chercher, ou "
                    + "choisissez une rubrique.", categoriesOr(catalogue, List.of()));
        }
        try {
            List<CatalogueCategory> categories = catalogue.categories();
            CataloguePage page = catalogue.search(text, categoryId, 1);
            return new VideoPicker(page.videos(), true, page.hasMore(), page.videos().isEmpty()
                    ? "Aucune vidéo du catalogue Kinow ne correspond à " + wanted(text, categoryId, categories) + "."
                    : null, categories);
        } catch (CatalogueUnavailable away) {
            return saying(CatalogueUnavailable.MESSAGE + " Les autres champs peuvent être enregistrés ; la vidéo "
                    + "choisie auparavant est gardée.");
        }
    }

    private static String wanted(String text, Long categoryId, List<CatalogueCategory> categories) {
        String inCategory = categoryId == null ? "" : categories.stream().filter(c -> c.id() == categoryId)
                .findFirst().map(c -> "la rubrique « " + c.name() + " »").orElse("cette rubrique");
        if (text.isEmpty()) {
            return inCategory;
        }
        return "« " + text + " »" + (inCategory.isEmpty() ? "" : " dans " + inCategory);
    }

    private static List<CatalogueCategory> categoriesOr(ReplayCatalogue catalogue, List<CatalogueCategory> none) {
        try {
            return catalogue.categories();
        } catch (CatalogueUnavailable away) {
            return none;
        }
    }

    /** Whether a search result is the video typed in the form (so its radio button stays checked). */
    public boolean shows(String videoId) {
        return results.stream().anyMatch(video -> String.valueOf(video.videoId()).equals(videoId));
    }
}
