package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.editor.PublicationForm;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/** What an editor typed in an episode's form, kept as text to be shown back as typed. */
public class EpisodeForm extends PublicationForm {

    static final List<String> FIELDS = List.of("number", "title", "slug", "synopsis", "durationMinutes",
            "learningThemes", "kinowVideoUrl", "earlyAccessAt", "status", "publishAt");
    static final Map<String, String> LABELS = Map.of("number", "numéro", "title", "titre", "slug", "identifiant",
            "synopsis", "résumé", "durationMinutes", "durée", "learningThemes", "thèmes d'apprentissage",
            "kinowVideoUrl", "vidéo Kinow", "earlyAccessAt", "accès anticipé", "status", "statut",
            "publishAt", "date de publication");

    @RestForm
    @NotBlank(message = "Indiquez le numéro de l'épisode.")
    @Pattern(regexp = "^$|[1-9][0-9]{0,3}", message = "Le numéro doit être un nombre entier entre 1 et 9999.")
    public String number = "";

    @RestForm
    @NotBlank(message = "Indiquez le titre de l'épisode.")
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
    @NotBlank(message = "Indiquez la durée en minutes.")
    @Pattern(regexp = "^$|[1-9][0-9]{0,2}", message = "La durée doit être un nombre de minutes entre 1 et 600.")
    public String durationMinutes = "";

    @RestForm
    @Size(max = 500, message = "Les thèmes ne doivent pas dépasser 500 caractères.")
    public String learningThemes = "";

    @RestForm
    @Pattern(regexp = "^$|https://\\S+", message = "L'adresse de la vidéo doit commencer par https://.")
    @Size(max = 500, message = "L'adresse de la vidéo ne doit pas dépasser 500 caractères.")
    public String kinowVideoUrl = "";

    @RestForm
    public String earlyAccessAt = "";


    static EpisodeForm of(Episode episode) {
        EpisodeForm form = new EpisodeForm();
        form.number = String.valueOf(episode.number);
        form.title = episode.title;
        form.slug = episode.slug;
        form.synopsis = episode.synopsis;
        form.durationMinutes = String.valueOf(episode.durationMinutes);
        form.learningThemes = episode.learningThemes;
        form.kinowVideoUrl = episode.kinowVideoUrl == null ? "" : episode.kinowVideoUrl;
        form.earlyAccessAt = ParisTime.field(episode.earlyAccessAt);
        form.showPublication(episode);
        return form;
    }
}
