package fr.pitchoun.cms.content;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs: the stable, unique names of items in addresses. One rule for every kind of item. */
public final class Slugs {

    /** What an editor may type as a slug (empty: derived from the title). */
    public static final String PATTERN = "^$|[a-z0-9]+(-[a-z0-9]+)*";
    public static final String PATTERN_MESSAGE =
            "L'identifiant ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets.";
    public static final int MAX_LENGTH = 80;
    public static final String LENGTH_MESSAGE = "L'identifiant ne doit pas dépasser 80 caractères.";

    private Slugs() {
    }

    /** The slug the editor typed, or the one derived from the title when they left it empty. */
    public static String chosen(String typed, String title) {
        return typed.isEmpty() ? fromTitle(title) : typed;
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
