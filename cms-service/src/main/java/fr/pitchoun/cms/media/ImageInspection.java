package fr.pitchoun.cms.media;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Decides whether uploaded bytes are an image the library takes: a known signature, declared dimensions within the
 * limit (read from the header before anything is decoded), and a full decode that succeeds.
 */
final class ImageInspection {

    /** An accepted image, decoded; or the French reason it is refused ({@code image} null). */
    record Result(ImageFormat format, BufferedImage image, String refusal) {
        boolean accepted() {
            return refusal == null;
        }

        static Result refused(String why) {
            return new Result(null, null, why);
        }
    }

    static final String NOT_AN_IMAGE = "Ce fichier n'est pas une image PNG, JPEG ou GIF (son contenu a été vérifié, "
            + "quels que soient son nom et son extension).";
    static final String WEBP = "Les images WebP ne sont pas acceptées : enregistrez l'image en PNG ou en JPEG, "
            + "puis envoyez-la de nouveau.";
    static final String UNREADABLE = "Cette image est abîmée ou d'une variante que nous ne savons pas lire : "
            + "enregistrez-la de nouveau en PNG ou en JPEG.";

    private ImageInspection() {
    }

    static Result inspect(byte[] content, long maxPixels) {
        if (ImageFormat.isWebP(content)) {
            return Result.refused(WEBP);
        }
        ImageFormat format = ImageFormat.sniff(content).orElse(null);
        if (format == null) {
            return Result.refused(NOT_AN_IMAGE);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                return Result.refused(UNREADABLE);
            }
            if ((long) width * height > maxPixels) {
                return Result.refused(String.format(Locale.FRANCE, "L'image mesure %d × %d pixels : c'est plus que "
                        + "les %,d pixels acceptés. Réduisez-la avant de l'envoyer.", width, height, maxPixels));
            }
            BufferedImage image = reader.read(0);
            return new Result(format, format == ImageFormat.JPEG
                    ? ExifOrientation.upright(image, ExifOrientation.of(content)) : image, null);
        } catch (IOException | RuntimeException e) {
            // Malformed content makes the JDK's decoders throw IIOException or runtime exceptions alike.
            return Result.refused(UNREADABLE);
        } finally {
            reader.dispose();
        }
    }
}
