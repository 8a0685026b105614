package fr.pitchoun.cms.home;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "La page d'accueil publiée : ses blocs publiés, dans l'ordre.")
public record PublicHomePage(List<PublicBlock> blocks) {
}
