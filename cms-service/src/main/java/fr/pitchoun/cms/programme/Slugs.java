package fr.pitchoun.cms.programme;

import java.text.Normalizer;
import java.util.Locale;

final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** "Les Énigmes de Lila !" becomes "les-enigmes-de-lila". */
    static String fromTitle(String title) {
        String withoutAccents = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = withoutAccents.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
