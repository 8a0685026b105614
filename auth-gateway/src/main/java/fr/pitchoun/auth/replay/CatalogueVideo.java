package fr.pitchoun.auth.replay;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Kinow video as the editors' picker shows it (deploy/CONTRACTS.md "Replay"). */
@Schema(description = "Vidéo du catalogue Kinow")
public record CatalogueVideo(
        @Schema(description = "Identifiant Kinow de la vidéo", example = "10201") long videoId,
        @Schema(description = "Produit Kinow (le programme)", example = "102") Long productId,
        @Schema(description = "Titre en français", example = "Les abysses") String title,
        @Schema(description = "Durée en secondes", example = "45") Integer durationSeconds,
        @Schema(description = "Image (couverture ou vignette)", nullable = true) String imageUrl,
        @Schema(description = "Extrait Kinow de cette vidéo", nullable = true, example = "20201") Long extractId) {
}
