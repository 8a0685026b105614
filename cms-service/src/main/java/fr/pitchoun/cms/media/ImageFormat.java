package fr.pitchoun.cms.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The image formats the library accepts, recognised by their first bytes (never by name or declared type). */
enum ImageFormat {
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", "jpeg", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    GIF87("image/gif", "gif", "GIF87a".getBytes(StandardCharsets.US_ASCII)),
    GIF89("image/gif", "gif", "GIF89a".getBytes(StandardCharsets.US_ASCII));

    final String mediaType;
    /** The ImageIO format name of its reader. */
    final String readerName;
    private final byte[] signature;

    ImageFormat(String mediaType, String readerName, byte[] signature) {
        this.mediaType = mediaType;
        this.readerName = readerName;
        this.signature = signature;
    }

    static Optional<ImageFormat> sniff(byte[] content) {
        return Arrays.stream(values()).filter(format -> startsWith(content, format.signature)).findFirst();
    }

    /** "RIFF", 4 bytes of length, "WEBP": a format browsers show but the JDK cannot decode. */
    static boolean isWebP(byte[] content) {
        return startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII)) && content.length >= 12
                && Arrays.equals(content, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
