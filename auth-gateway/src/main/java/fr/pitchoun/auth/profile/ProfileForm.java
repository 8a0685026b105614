package fr.pitchoun.auth.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What a parent sends to create a child profile; plain strings, so every mistake gets a French message. */
@Schema(description = "Nouveau profil enfant")
public record ProfileForm(
        @Schema(description = "Prénom ou surnom, 30 caractères au plus", example = "Lou") String name,
        @Schema(description = "Tranche d'âge", enumeration = {"0-3", "4-6", "7-9", "10-12"}, example = "4-6")
        String ageBand,
        @Schema(description = "Avatar choisi", enumeration = {"fox", "owl", "rabbit", "bear", "cat", "turtle"},
                example = "fox")
        String avatar) {

    static final int NAME_MAX_LENGTH = 30;
    /** Letters of any alphabet (with their accents), digits, and the punctuation names really use. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}0-9 .'’-]+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Trimmed, with runs of spaces folded to one, as it will be stored and shown. */
    String normalizedName() {
        return normalized(name);
    }

    static String normalized(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The French message for a name that cannot be stored, or null. */
    static String nameError(String typedName) {
        if (typedName.isEmpty()) {
            return "Indiquez le prénom ou le surnom de l'enfant.";
        }
        if (typedName.codePointCount(0, typedName.length()) > NAME_MAX_LENGTH) {
            return "Le prénom ou surnom ne doit pas dépasser " + NAME_MAX_LENGTH + " caractères.";
        }
        if (!NAME.matcher(typedName).matches() || !LETTER.matcher(typedName).find()) {
            return "Le prénom ou surnom doit contenir au moins une lettre, et seulement des lettres, "
                    + "des chiffres, des espaces, des points, des tirets ou des apostrophes.";
        }
        return null;
    }

    /** French messages by field, in form order; empty when the profile can be stored. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        String nameError = nameError(normalizedName());
        if (nameError != null) {
            errors.put("name", nameError);
        }
        if (AgeBand.ofCode(ageBand).isEmpty()) {
            errors.put("ageBand", "Choisissez une tranche d'âge parmi : " + AgeBand.allCodes() + ".");
        }
        if (Avatar.ofCode(avatar).isEmpty()) {
            errors.put("avatar", "Choisissez un avatar parmi : " + Avatar.allCodes() + ".");
        }
        return errors;
    }
}
