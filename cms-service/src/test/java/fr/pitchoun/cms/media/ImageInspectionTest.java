package fr.pitchoun.cms.media;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the library accepts, judged from the content alone, and the variants it makes. No database. */
class ImageInspectionTest {

    private static final long LIMIT = 50_000_000;

    @Test
    void pngJpegAndGifAreRecognisedFromTheirContent() {
        assertEquals(ImageFormat.PNG, ImageInspection.inspect(TestImages.opaque(40, 30, "png"), LIMIT).format());
        assertEquals(ImageFormat.JPEG, ImageInspection.inspect(TestImages.opaque(40, 30, "jpeg"), LIMIT).format());
        ImageInspection.Result gif = ImageInspection.inspect(TestImages.opaque(40, 30, "gif"), LIMIT);
        assertEquals("image/gif", gif.format().mediaType);
        assertEquals(40, gif.image().getWidth());
    }

    @Test
    void textOrScriptIsRefusedWhateverItClaims() {
        ImageInspection.Result script = ImageInspection.inspect(
                "<script>alert('pitchoun')</script>".getBytes(StandardCharsets.UTF_8), LIMIT);
        assertEquals(ImageInspection.NOT_AN_IMAGE, script.refusal());
        assertNull(script.image());
    }

    @Test
    void webpIsRefusedWithItsOwnMessage() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(ImageInspection.WEBP, ImageInspection.inspect(webp, LIMIT).refusal());
    }

    @Test
    void aTruncatedImageIsRefusedByTheRealDecode() {
        byte[] png = TestImages.opaque(300, 200, "png");
        byte[] truncated = Arrays.copyOf(png, png.length / 2);
        assertEquals(ImageInspection.UNREADABLE, ImageInspection.inspect(truncated, LIMIT).refusal());
    }

    @Test
    void hugeDeclaredDimensionsAreRefusedBeforeDecoding() {
        ImageInspection.Result bomb = ImageInspection.inspect(TestImages.pngDeclaring(100_000, 100_000), LIMIT);
        assertFalse(bomb.accepted());
        assertTrue(bomb.refusal().contains("100000 × 100000 pixels"), bomb.refusal());
    }

    @Test
    void variantsAreNarrowedButNeverEnlargedAndKeepTransparency() {
        byte[] original = TestImages.halfTransparentPng(500, 250);
        List<Renditions.Rendition> files = Renditions.of(ImageInspection.inspect(original, LIMIT), original);

        assertEquals(List.of(Variant.ORIGINAL, Variant.THUMB, Variant.MEDIUM, Variant.LARGE),
                files.stream().map(Renditions.Rendition::variant).toList());
        assertArrayEquals(original, files.get(0).bytes());
        Renditions.Rendition thumb = files.get(1);
        assertEquals("image/png", thumb.mediaType());
        BufferedImage decoded = TestImages.decode(thumb.bytes());
        assertEquals(320, decoded.getWidth());
        assertEquals(160, decoded.getHeight());
        assertEquals(0, decoded.getRGB(300, 80) >>> 24, "the transparent half stays transparent");
        BufferedImage large = TestImages.decode(files.get(3).bytes());
        assertEquals(500, large.getWidth(), "a 500 px image is not enlarged to 1280");
        assertEquals(250, large.getHeight());
    }

    @Test
    void aSidewaysPhotoIsTurnedUprightAsItsExifDataSays() {
        // Stored 400 × 200, left half yellow; orientation 6 means "turn a quarter clockwise to view".
        byte[] photo = TestImages.withExifOrientation(TestImages.opaque(400, 200, "jpeg"), 6);

        BufferedImage upright = ImageInspection.inspect(photo, LIMIT).image();

        assertEquals(200, upright.getWidth());
        assertEquals(400, upright.getHeight());
        assertTrue(isYellow(upright.getRGB(100, 50)), "the stored left half is now on top");
        assertFalse(isYellow(upright.getRGB(100, 350)), "and the right half below");
    }

    private static boolean isYellow(int rgb) {
        return (rgb >> 16 & 0xff) > 200 && (rgb & 0xff) < 120;
    }
}
