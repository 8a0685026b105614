package fr.pitchoun.cms.radio;

import fr.pitchoun.cms.editor.PublicationForm;
import fr.pitchoun.cms.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/** What an editor typed in a radio's form, kept as text to be shown back as typed (see ProgrammeForm). */
public class RadioForm extends PublicationForm {

    static final List<String> FIELDS = List.of("name", "slug", "description", "imageId", "status", "publishAt");
    static final Map<String, String> LABELS = Map.of("name", "nom", "slug", "identifiant", "description",
            "description", "imageId", "image", "status", "statut", "publishAt", "date de publication");

    @RestForm
    @NotBlank(message = "Indiquez le nom de la radio.")
    @Size(max = 120, message = "Le nom ne doit pas dépasser 120 caractères.")
    public String name = "";

    @RestForm
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE)
    @Size(max = Slugs.MAX_LENGTH, message = Slugs.LENGTH_MESSAGE)
    public String slug = "";

    @RestForm
    @Size(max = 2000, message = "La description ne doit pas dépasser 2000 caractères.")
    public String description = "";

    /** The id of a media library image, or empty. */
    @RestForm
    public String imageId = "";


    static RadioForm of(Radio radio) {
        RadioForm form = new RadioForm();
        form.name = radio.name;
        form.slug = radio.slug;
        form.description = radio.description;
        form.imageId = radio.image == null ? "" : String.valueOf(radio.image.id);
        form.showPublication(radio);
        return form;
    }
}
