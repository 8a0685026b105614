package fr.pitchoun.cms.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Phone cameras store photos sideways and note in the JPEG's Exif data how to turn them (tag 0x0112, values 1 to 8).
 * Browsers turn the original accordingly, but ImageIO ignores it: the variants are drawn upright here so that they
 * look like the original.
 */
final class ExifOrientation {

    private static final int AS_STORED = 1;
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private ExifOrientation() {
    }

    /** The orientation written in a JPEG's first Exif segment, or 1 (as stored) when there is none or it is odd. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            int length = unsigned16(jpeg, at + 2, true);
            if (marker == 0xda || length < 2) {
                // The image data starts: metadata only comes before it.
                return AS_STORED;
            }
            int start = at + 4;
            if (marker == 0xe1 && start + EXIF.length <= jpeg.length
                    && Arrays.equals(jpeg, start, start + EXIF.length, EXIF, 0, EXIF.length)) {
                return fromTiff(jpeg, start + EXIF.length, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return AS_STORED;
    }

    /** The image turned and flipped as its orientation says. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= AS_STORED || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // Where each stored pixel goes: x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
        AffineTransform move = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean turned = orientation >= 5;
        BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(image, move, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    private static int fromTiff(byte[] data, int tiff, int end) {
        if (tiff + 8 > end) {
            return AS_STORED;
        }
        boolean bigEndian = data[tiff] == 'M' && data[tiff + 1] == 'M';
        if (!bigEndian && !(data[tiff] == 'I' && data[tiff + 1] == 'I')) {
            return AS_STORED;
        }
        int high = unsigned16(data, tiff + (bigEndian ? 4 : 6), bigEndian);
        int low = unsigned16(data, tiff + (bigEndian ? 6 : 4), bigEndian);
        long firstDirectory = (long) high << 16 | low;
        if (firstDirectory < 8 || tiff + firstDirectory + 2 > end) {
            return AS_STORED;
        }
        int directory = tiff + (int) firstDirectory;
        int entries = unsigned16(data, directory, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + i * 12;
            if (entry + 12 > end) {
                return AS_STORED;
            }
            if (unsigned16(data, entry, bigEndian) == 0x0112) {
                int value = unsigned16(data, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : AS_STORED;
            }
        }
        return AS_STORED;
    }

    private static int unsigned16(byte[] data, int at, boolean bigEndian) {
        if (at + 2 > data.length) {
            return 0;
        }
        int first = data[at] & 0xff;
        int second = data[at + 1] & 0xff;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }
}
