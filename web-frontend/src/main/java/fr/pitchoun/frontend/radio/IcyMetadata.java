package fr.pitchoun.frontend.radio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * ICY in-stream metadata (Shoutcast/Icecast): a listener that sent {@code Icy-MetaData: 1} gets, after every
 * {@code icy-metaint} bytes of audio, one length byte (times 16) and that many bytes of text such as
 * {@code StreamTitle='Artiste - Titre';StreamUrl='';}, padded with NULs; a length of 0 means "no change".
 */
final class IcyMetadata {

    /** Longest block the length byte can announce (255 × 16). */
    static final int MAX_BLOCK = 255 * 16;
    private static final String TITLE_KEY = "StreamTitle='";

    private IcyMetadata() {
    }

    /**
     * The first title the stream carries, reading at most {@code maxBlocks} metadata intervals (an empty block only
     * says that nothing changed since the listener connected); empty when it names none.
     */
    static Optional<String> firstTitle(InputStream stream, int metaint, int maxBlocks) throws IOException {
        for (int block = 0; block < maxBlocks; block++) {
            skipFully(stream, metaint);
            int length = stream.read();
            if (length < 0) {
                throw new IOException("le flux s'est arrêté avant ses métadonnées");
            }
            if (length > 0) {
                return streamTitle(stream.readNBytes(length * 16));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code StreamTitle} of one block. The value ends at {@code ';} (a title may hold an apostrophe). Icecast
     * writes an MP3 stream's titles in Latin-1, others in UTF-8: UTF-8 when the bytes are valid UTF-8, else Latin-1.
     */
    static Optional<String> streamTitle(byte[] block) {
        String text = decode(block);
        int start = text.indexOf(TITLE_KEY);
        if (start < 0) {
            return Optional.empty();
        }
        start += TITLE_KEY.length();
        int end = text.indexOf("';", start);
        if (end < 0) {
            end = text.lastIndexOf('\'');
        }
        String title = (end < start ? text.substring(start) : text.substring(start, end)).replace("\0", "").strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    private static String decode(byte[] block) {
        int length = block.length;
        while (length > 0 && block[length - 1] == 0) {
            length--;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(block, 0, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(block, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    private static void skipFully(InputStream stream, int bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = stream.skip(left);
            if (skipped <= 0) {
                if (stream.read() < 0) {
                    throw new IOException("le flux s'est arrêté avant ses métadonnées");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
