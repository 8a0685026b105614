package fr.pitchoun.cms.radio;

import fr.pitchoun.cms.editor.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** One stream of a radio as typed in its small form. */
public class RadioVersionForm {

    static final List<String> FIELDS = List.of("name", "streamUrl", "format", "position");

    @RestForm
    @NotBlank(message = "Indiquez le nom de la version (exemple : Qualité standard).")
    @Size(max = 80, message = "Le nom de la version ne doit pas dépasser 80 caractères.")
    public String name = "";

    @RestForm
    @NotBlank(message = "Indiquez l'adresse du flux.")
    @Size(max = 500, message = "L'adresse du flux ne doit pas dépasser 500 caractères.")
    @WebAddress(schemes = {"http", "https"},
            message = "L'adresse du flux doit être une adresse web complète commençant par http:// ou https://.")
    public String streamUrl = "";

    @RestForm
    @NotBlank(message = "Choisissez le format du flux.")
    @Pattern(regexp = "^$|" + StreamFormat.FORM_PATTERN, message = "Choisissez le format du flux : MP3, AAC ou HLS.")
    public String format = "";

    @RestForm
    @NotBlank(message = "Indiquez la position de la version dans la liste.")
    @Pattern(regexp = "^$|[1-9][0-9]?", message = "La position doit être un nombre entier entre 1 et 99.")
    public String position = "";

    static RadioVersionForm of(RadioVersion version) {
        RadioVersionForm form = new RadioVersionForm();
        form.name = version.name;
        form.streamUrl = version.streamUrl;
        form.format = version.format.name();
        form.position = String.valueOf(version.position);
        return form;
    }
}
