package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.editor.PublicationForm;
import fr.pitchoun.cms.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/**
 * What an editor typed in a programme's form. Every field is kept as text so an invalid entry can be shown back
 * exactly as typed; each field carries at most one constraint that can fail for a given value, so each field gets
 * at most one message.
 */
public class ProgrammeForm extends PublicationForm {

    static final String AGE = "^$|[4-9]|1[0-2]";
    /** Form fields in page order, so messages are listed the way the editor reads the form. */
    static final List<String> FIELDS = List.of("title", "slug", "synopsis", "ageMin", "ageMax", "themes", "image",
            "status", "publishAt");
    static final Map<String, String> LABELS = Map.of("title", "titre", "slug", "identifiant", "synopsis", "résumé",
            "ageMin", "âge minimum", "ageMax", "âge maximum", "themes", "thèmes", "image", "image", "status", "statut",
            "publishAt", "date de publication");

    @RestForm
    @NotBlank(message = "Indiquez le titre du programme.")
    @Size(max = 120, message = "Le titre ne doit pas dépasser 120 caractères.")
    public String title = "";

    @RestForm
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE)
    @Size(max = Slugs.MAX_LENGTH, message = Slugs.LENGTH_MESSAGE)
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
    @Size(max = 500, message = "Les thèmes ne doivent pas dépasser 500 caractères.")
    public String themes = "";

    /** The id of an image of the media library, or empty (checked by MediaChoices). */
    @RestForm
    public String image = "";


    static ProgrammeForm of(Programme programme) {
        ProgrammeForm form = new ProgrammeForm();
        form.title = programme.title;
        form.slug = programme.slug;
        form.synopsis = programme.synopsis;
        form.ageMin = String.valueOf(programme.ageMin);
        form.ageMax = String.valueOf(programme.ageMax);
        form.themes = programme.themes;
        form.image = programme.image == null ? "" : String.valueOf(programme.image.id);
        form.showPublication(programme);
        return form;
    }

}
