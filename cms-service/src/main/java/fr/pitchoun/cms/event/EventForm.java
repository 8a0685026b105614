package fr.pitchoun.cms.event;

import fr.pitchoun.cms.editor.PublicationForm;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.Slugs;
import fr.pitchoun.cms.editor.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/** What an editor typed in an event's form, kept as text; dates and times are on the Paris clock. */
public class EventForm extends PublicationForm {

    static final List<String> FIELDS = List.of("title", "slug", "startsAt", "endsAt", "place", "description",
            "imageId", "bookingUrl", "status", "publishAt");
    static final Map<String, String> LABELS = Map.of("title", "titre", "slug", "identifiant", "startsAt", "début",
            "endsAt", "fin", "place", "lieu", "description", "description", "imageId", "image",
            "bookingUrl", "lien de réservation", "status", "statut", "publishAt", "date de publication");

    @RestForm
    @NotBlank(message = "Indiquez le titre de l'événement.")
    @Size(max = 120, message = "Le titre ne doit pas dépasser 120 caractères.")
    public String title = "";

    @RestForm
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE)
    @Size(max = Slugs.MAX_LENGTH, message = Slugs.LENGTH_MESSAGE)
    public String slug = "";

    /** Date and time (Paris) as a datetime-local field sends it. */
    @RestForm
    @NotBlank(message = "Indiquez la date et l'heure de début.")
    public String startsAt = "";

    @RestForm
    public String endsAt = "";

    @RestForm
    @NotBlank(message = "Indiquez le lieu de l'événement.")
    @Size(max = 200, message = "Le lieu ne doit pas dépasser 200 caractères.")
    public String place = "";

    @RestForm
    @Size(max = 4000, message = "La description ne doit pas dépasser 4000 caractères.")
    public String description = "";

    @RestForm
    public String imageId = "";

    @RestForm
    @Size(max = 500, message = "Le lien de réservation ne doit pas dépasser 500 caractères.")
    @WebAddress(message = "Le lien de réservation doit être une adresse web complète commençant par https://.")
    public String bookingUrl = "";


    static EventForm of(Event event) {
        EventForm form = new EventForm();
        form.title = event.title;
        form.slug = event.slug;
        form.startsAt = ParisTime.field(event.startsAt);
        form.endsAt = ParisTime.field(event.endsAt);
        form.place = event.place;
        form.description = event.description;
        form.imageId = event.image == null ? "" : String.valueOf(event.image.id);
        form.bookingUrl = event.bookingUrl == null ? "" : event.bookingUrl;
        form.showPublication(event);
        return form;
    }
}
