package fr.pitchoun.cms.channel;

import fr.pitchoun.cms.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/**
 * A new live channel as an admin typed it. The limits are those of the TV schedule's channel (tv_channel), tighter
 * than live-ingest-service's own, so that every live channel can get its schedule.
 */
public class ChannelForm {

    static final List<String> FIELDS = List.of("slug", "name");

    @RestForm
    @NotBlank(message = "Indiquez l'identifiant de la chaîne (exemple : pitchoun-sport).")
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE)
    @Size(max = 40, message = "L'identifiant ne doit pas dépasser 40 caractères.")
    public String slug = "";

    @RestForm
    @NotBlank(message = "Indiquez le nom de la chaîne.")
    @Size(max = 80, message = "Le nom ne doit pas dépasser 80 caractères.")
    public String name = "";
}
