package fr.pitchoun.cms.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An image as the JSON API shows it inside any item (programme, event, home block...): where the site loads it and
 * the text it must give as {@code alt}. Addresses are relative to cms-service ({@code /medias/{id}/{variant}});
 * {@code width} and {@code height} are those of {@code url} (the large variant), for the page's layout.
 */
@Schema(description = "Image de la médiathèque, telle que le site l'affiche.")
public record PublicImage(
        @Schema(example = "12") long id,
        @Schema(description = "Grande version, 1280 px de large au plus", example = "/medias/12/large") String url,
        @Schema(description = "Version moyenne, 640 px de large au plus", example = "/medias/12/medium") String mediumUrl,
        @Schema(description = "Vignette, 320 px de large au plus", example = "/medias/12/thumb") String thumbnailUrl,
        @Schema(description = "Texte alternatif (attribut alt)", example = "Lila et son chat sur la plage") String alt,
        @Schema(description = "Largeur de la grande version, en pixels", example = "1280") int width,
        @Schema(description = "Hauteur de la grande version, en pixels", example = "720") int height) {

    public static PublicImage of(MediaAsset asset) {
        if (asset == null) {
            return null;
        }
        String base = "/medias/" + asset.id + "/";
        int[] large = Variant.LARGE.sizeFor(asset.width, asset.height);
        return new PublicImage(asset.id, base + Variant.LARGE.key(), base + Variant.MEDIUM.key(),
                base + Variant.THUMB.key(), asset.altText, large[0], large[1]);
    }
}
