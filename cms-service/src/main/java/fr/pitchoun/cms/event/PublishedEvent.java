package fr.pitchoun.cms.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pitchoun.cms.media.PublicImage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "Événement publié de l'agenda, tel que le site public l'affiche.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedEvent(
        @Schema(description = "Identifiant stable utilisé dans les adresses", example = "spectacle-de-noel") String slug,
        @Schema(example = "Le spectacle de Noël de Pitchoun") String title,
        @Schema(description = "Début (instant UTC ; à afficher à l'heure de Paris)") Instant startsAt,
        @Schema(description = "Fin, si elle est connue") Instant endsAt,
        @Schema(example = "Théâtre du Châtelet, Paris") String place,
        String description,
        @Schema(description = "Image de l'événement, s'il en a une") PublicImage image,
        @Schema(description = "Lien de réservation (https), s'il y en a un") String bookingUrl) {

    static PublishedEvent of(Event event) {
        return new PublishedEvent(event.slug, event.title, event.startsAt, event.endsAt, event.place,
                event.description, PublicImage.of(event.image), event.bookingUrl);
    }
}
