package fr.pitchoun.cms.menu;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Un menu du site et ses liens, dans l'ordre.")
public record PublicMenu(@Schema(example = "principal") String name, List<Link> items) {

    @Schema(description = "Un lien de menu")
    public record Link(@Schema(example = "Le direct") String label,
                       @Schema(description = "Chemin du site ou adresse https", example = "/direct") String url) {
    }
}
