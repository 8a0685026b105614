package fr.pitchoun.cms.media;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The files the site loads for an accepted image: the original bytes, and each smaller variant resized from the
 * decoded image, as PNG when it has transparency (JPEG would lose it) and as JPEG otherwise (much lighter for photos).
 */
final class Renditions {

    /** One file of an image, ready to store. */
    record Rendition(Variant variant, String mediaType, int width, int height, byte[] bytes) {
        String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Good for photos and illustrations at a fraction of the original's weight. */
    private static final float JPEG_QUALITY = 0.86f;

    private Renditions() {
    }

    static List<Rendition> of(ImageInspection.Result accepted, byte[] original) {
        BufferedImage image = accepted.image();
        boolean transparent = hasTransparency(image);
        List<Rendition> renditions = new ArrayList<>();
        renditions.add(new Rendition(Variant.ORIGINAL, accepted.format().mediaType, image.getWidth(),
                image.getHeight(), original));
        for (Variant variant : List.of(Variant.THUMB, Variant.MEDIUM, Variant.LARGE)) {
            int[] size = variant.sizeFor(image.getWidth(), image.getHeight());
            BufferedImage resized = resize(image, size[0], size[1], transparent);
            renditions.add(transparent
                    ? new Rendition(variant, "image/png", size[0], size[1], png(resized))
                    : new Rendition(variant, "image/jpeg", size[0], size[1], jpeg(resized)));
        }
        return renditions;
    }

    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Halves the image step by step, then draws the last step bicubic: one big bilinear jump would skip pixels and
     * alias. Always draws at least once, which also converts the image to a type the encoders write well.
     */
    static BufferedImage resize(BufferedImage source, int width, int height, boolean transparent) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = w / 2 >= width ? w / 2 : width;
            h = h / 2 >= height ? h / 2 : height;
            boolean last = w == width && h == height;
            BufferedImage next = new BufferedImage(w, h,
                    transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                if (!transparent) {
                    // Fully opaque pixels of an image with an alpha channel still need a background to sit on.
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, w, h);
                }
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, last
                        ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != width || h != height);
        return current;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), quality);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
