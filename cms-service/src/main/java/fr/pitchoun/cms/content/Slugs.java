package fr.pitchoun.cms.content;

import java.text.Normalizer;
import java.util.Locale;

public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** "Les Énigmes de Lila !" becomes "les-enigmes-de-lila". */
    public static String fromTitle(String title) {
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
