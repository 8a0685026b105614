package fr.pitchoun.ingest.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Stream keys are stored as their SHA-256 digest only. A plain digest is enough here, unlike for passwords: keys are
 * long random secrets, so there is no dictionary to try against a leaked digest, and a slow salted hash would only
 * slow down NGINX's callback and forbid looking a key up by an index.
 */
public final class StreamKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private StreamKeys() {
    }

    /** A new key: 32 random bytes (256 bits), base64url without padding, so it fits an RTMP URL as is. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lowercase hexadecimal SHA-256 of the key's UTF-8 bytes, as stored in channel.stream_key_sha256. */
    public static String digest(String streamKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(streamKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
