package fr.pitchoun.cms.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What an editor typed in the creation form. Every field is kept as text so an invalid entry can be shown back
 * exactly as typed; each field carries at most one constraint that can fail for a given value, so each field gets
 * at most one message.
 */
public class ProgrammeForm {

    static final String AGE = "^$|[4-9]|1[0-2]";

    @RestForm
    @NotBlank(message = "Indiquez le titre du programme.")
    @Size(max = 120, message = "Le titre ne doit pas dépasser 120 caractères.")
    public String title = "";

    @RestForm
    @Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*",
            message = "L'identifiant ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets.")
    @Size(max = 80, message = "L'identifiant ne doit pas dépasser 80 caractères.")
    public String slug = "";

    @RestForm
    @Size(max = 2000, message = "Le résumé ne doit pas dépasser 2000 caractères.")
    public String synopsis = "";

    @RestForm
    @NotBlank(message = "Indiquez l'âge minimum.")
    @Pattern(regexp = AGE, message = "L'âge minimum doit être un nombre entier entre 4 et 12.")
    public String ageMin = "";

    @RestForm
    @NotBlank(message = "Indiquez l'âge maximum.")
    @Pattern(regexp = AGE, message = "L'âge maximum doit être un nombre entier entre 4 et 12.")
    public String ageMax = "";

    @RestForm
    @Pattern(regexp = "DRAFT|PUBLISHED", message = "Choisissez un statut.")
    public String status = ProgrammeStatus.DRAFT.name();

    /** Browsers send untrimmed text; spaces around a value are never meaningful here. */
    ProgrammeForm trimmed() {
        ProgrammeForm copy = new ProgrammeForm();
        copy.title = trim(title);
        copy.slug = trim(slug);
        copy.synopsis = trim(synopsis);
        copy.ageMin = trim(ageMin);
        copy.ageMax = trim(ageMax);
        copy.status = trim(status);
        return copy;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
