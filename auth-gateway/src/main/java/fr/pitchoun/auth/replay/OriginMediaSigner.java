package fr.pitchoun.auth.replay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs the addresses of media on the platform's own NGINX (deploy/CONTRACTS.md "Replay media"):
 * {@code {base}{folder}/{file}} becomes {@code {public}{token}/{expires}/{folder}/{file}} ({@code public} = the
 * public address of the origin, the base itself by default), token =
 * base64url(MD5("{expires}/{folder} {secret}")) without padding, which NGINX's secure_link checks. The token covers
 * the folder, so the relative addresses inside a manifest (variants, segments, captions) inherit it. Addresses
 * elsewhere (Kinow's CDN, which signs its own) are returned as they are.
 */
@ApplicationScoped
public class OriginMediaSigner {

    private static final Pattern FOLDER_AND_FILE = Pattern.compile("([a-z0-9][a-z0-9-]*)/(.+)");

    private final Optional<String> base;
    private final String publicBase;
    private final Optional<String> secret;
    private final Duration lifetime;
    private final Clock clock;

    @Inject
    OriginMediaSigner(ReplayConfig config) {
        this(config.originMedia().baseUrl(), config.originMedia().publicUrl(), config.originMedia().secret(),
                config.originMedia().linkLifetime(), Clock.systemUTC());
    }

    OriginMediaSigner(Optional<String> base, Optional<String> publicUrl, Optional<String> secret, Duration lifetime,
                      Clock clock) {
        this.base = base.map(OriginMediaSigner::folder);
        this.publicBase = publicUrl.map(OriginMediaSigner::folder).orElse(this.base.orElse(""));
        this.secret = secret;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String sign(String address) {
        if (address == null || base.isEmpty() || secret.isEmpty() || !address.startsWith(base.get())) {
            return address;
        }
        Matcher path = FOLDER_AND_FILE.matcher(address.substring(base.get().length()));
        if (!path.matches()) {
            return address;
        }
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return publicBase + token(expires, path.group(1)) + "/" + expires + "/" + path.group(1) + "/"
                + path.group(2);
    }

    private static String folder(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    String token(long expires, String folder) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((expires + "/" + folder + " " + secret.orElseThrow()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
