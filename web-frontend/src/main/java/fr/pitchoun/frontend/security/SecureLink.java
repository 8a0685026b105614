package fr.pitchoun.frontend.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** NGINX secure_link tokens (deploy/CONTRACTS.md "Protected playback"): base64url without padding of MD5(text). */
public final class SecureLink {

    private SecureLink() {
    }

    public static String token(String signedText) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(signedText.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
