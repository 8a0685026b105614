package fr.pitchoun.cms.media;

/**
 * An image as the JSON API shows it inside any item (programme, event, home block...): where the site loads it and
 * the text it must give as {@code alt}. Addresses are relative to cms-service ({@code /medias/{id}/{variant}}).
 */
public record PublicImage(long id, String url, String thumbnailUrl, String alt, int width, int height) {

    public static PublicImage of(MediaAsset asset) {
        if (asset == null) {
            return null;
        }
        String base = "/medias/" + asset.id + "/";
        return new PublicImage(asset.id, base + "large", base + "thumb", asset.altText, asset.width, asset.height);
    }
}
