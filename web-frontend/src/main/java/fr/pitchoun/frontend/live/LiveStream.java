package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.config.FrontendConfig;
import fr.pitchoun.frontend.security.SecureLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Signed addresses of the live channel (deploy/CONTRACTS.md "Protected playback"):
 * {@code {hls-base-url}/{token}/{expires}/{channel}/master.m3u8}, token = base64url without padding of
 * MD5("{expires}/{channel} {secret}"), which NGINX's secure_link checks. The token covers the channel, so the
 * playlists' relative URIs inherit it.
 */
@ApplicationScoped
public class LiveStream {

    private final String baseUrl;
    private final String channel;
    private final String secret;
    private final Duration lifetime;

    @Inject
    LiveStream(FrontendConfig config) {
        this(config.hlsBaseUrl(), config.liveChannel(), config.hlsSigningSecret(), config.hlsUrlLifetime());
    }

    LiveStream(String hlsBaseUrl, String channel, String secret, Duration lifetime) {
        // Tolerates a base URL written with a trailing slash, so the setting cannot produce "//" in the address.
        this.baseUrl = hlsBaseUrl.replaceAll("/+$", "");
        this.channel = channel;
        this.secret = secret;
        this.lifetime = lifetime;
    }

    public String channel() {
        return channel;
    }

    /** The channel's entry point, valid for {@code hls-url-lifetime} from {@code now}. */
    public String signedManifestUrl(Instant now) {
        return signedManifestUrl(now, lifetime);
    }

    /** The same, valid for {@code validFor} (shorter for a child, whose screen time is asked again at each renewal). */
    public String signedManifestUrl(Instant now, Duration validFor) {
        long expires = now.plus(validFor).getEpochSecond();
        return baseUrl + "/" + token(expires) + "/" + expires + "/" + channel + "/master.m3u8";
    }

    String token(long expires) {
        return SecureLink.token(expires + "/" + channel + " " + secret);
    }
}
