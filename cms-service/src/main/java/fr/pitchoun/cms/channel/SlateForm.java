package fr.pitchoun.cms.channel;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** A channel's standby slate as an admin typed it; empty = transcode-worker's generated card. */
public class SlateForm {

    static final List<String> FIELDS = List.of("slate");

    /** An https address or an absolute path on the worker's machine (live-ingest-service checks it too). */
    @RestForm
    @Pattern(regexp = "^$|https://\\S+|/\\S*", message = "Indiquez une adresse https://… ou un chemin absolu "
            + "commençant par / (exemple : /srv/pitchoun/habillage.png), ou laissez vide pour le carton généré.")
    @Size(max = 500, message = "L'habillage ne doit pas dépasser 500 caractères.")
    public String slate = "";
}
