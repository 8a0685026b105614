package fr.pitchoun.cms.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The copies of an image the site can load, by the name they have in {@code /medias/{id}/{variant}}. */
public enum Variant {
    THUMB(320),
    MEDIUM(640),
    LARGE(1280),
    /** The file as uploaded. */
    ORIGINAL(Integer.MAX_VALUE);

    private final int maxWidth;

    Variant(int maxWidth) {
        this.maxWidth = maxWidth;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Variant> byKey(String key) {
        return Arrays.stream(values()).filter(variant -> variant.key().equals(key)).findFirst();
    }

    /** Its size for an image of that size: narrowed to its width, proportions kept, never enlarged. */
    public int[] sizeFor(int width, int height) {
        if (width <= maxWidth) {
            return new int[]{width, height};
        }
        return new int[]{maxWidth, Math.max(1, (int) Math.round((double) height * maxWidth / width))};
    }
}
