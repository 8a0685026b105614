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
            "learningThemes", "kinowVideoId", "withExtract", "earlyAccessAt", "broadcastAt", "status", "publishAt");
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("number", "numéro"), Map.entry("title", "titre"),
            Map.entry("slug", "identifiant"), Map.entry("synopsis", "résumé"), Map.entry("durationMinutes", "durée"),
            Map.entry("learningThemes", "thèmes d'apprentissage"), Map.entry("kinowVideoId", "vidéo Kinow"),
            Map.entry("withExtract", "extrait Kinow"), Map.entry("earlyAccessAt", "accès anticipé"),
            Map.entry("broadcastAt", "date de diffusion"), Map.entry("status", "statut"),
            Map.entry("publishAt", "date de publication"));
    /** The value of a ticked box. */
    static final String TICKED = "oui";

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

    /** The Kinow video chosen in the catalogue (a radio button of the picker); empty: none. */
    @RestForm
    @Pattern(regexp = "^$|[1-9][0-9]{0,17}", message = "Choisissez la vidéo dans le catalogue Kinow.")
    public String kinowVideoId = "";

    /** Ticked: the video's extract is offered to viewers who may not play the episode. */
    @RestForm
    public String withExtract = "";

    /** Ticked: the address kept from before the catalogue (not recognised) is dropped. */
    @RestForm
    public String forgetUnparsedUrl = "";

    /** What the editor searches in the catalogue's titles (never stored). */
    @RestForm
    @Size(max = 100, message = "La recherche ne doit pas dépasser 100 caractères.")
    public String videoQuery = "";

    /** The Kinow category the search is narrowed to (never stored); blank: all. */
    @RestForm
    public String videoCategory = "";

    @RestForm
    public String earlyAccessAt = "";

    @RestForm
    public String broadcastAt = "";


    public boolean hasVideoChoice() {
        return kinowVideoId != null && !kinowVideoId.isBlank();
    }

    /** A video chosen in the picker but not the one stored on {@code episode} (null for a new episode). */
    public boolean choiceIsNew(Episode episode) {
        return hasVideoChoice() && (episode == null || !kinowVideoId.strip().equals(episode.videoIdText()));
    }

    boolean wantsExtract() {
        return TICKED.equals(withExtract);
    }

    static EpisodeForm of(Episode episode) {
        EpisodeForm form = new EpisodeForm();
        form.number = String.valueOf(episode.number);
        form.title = episode.title;
        form.slug = episode.slug;
        form.synopsis = episode.synopsis;
        form.durationMinutes = String.valueOf(episode.durationMinutes);
        form.learningThemes = episode.learningThemes;
        form.kinowVideoId = episode.kinowVideoId == null ? "" : String.valueOf(episode.kinowVideoId);
        form.withExtract = episode.kinowExtractId != null ? TICKED : "";
        form.earlyAccessAt = ParisTime.field(episode.earlyAccessAt);
        form.broadcastAt = ParisTime.field(episode.broadcastAt);
        form.showPublication(episode);
        return form;
    }
}
