package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.config.FrontendConfig;
import fr.pitchoun.frontend.security.SecureLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Addresses of the live channels (deploy/CONTRACTS.md "Protected playback"): the signed
 * {@code {hls-base-url}/{token}/{expires}/{channel}/master.m3u8}, token = base64url without padding of
 * MD5("{expires}/{channel} {secret}"), which NGINX's secure_link checks. The token covers the channel's folder, so the
 * playlists' relative URIs inherit it. The channel's still ({@code thumbnail.jpg}) is the one public file.
 */
@ApplicationScoped
public class LiveStream {

    private final String baseUrl;
    private final String secret;
    private final Duration lifetime;

    @Inject
    LiveStream(FrontendConfig config) {
        this(config.hlsBaseUrl(), config.hlsSigningSecret(), config.hlsUrlLifetime());
    }

    LiveStream(String hlsBaseUrl, String secret, Duration lifetime) {
        // Tolerates a base URL written with a trailing slash, so the setting cannot produce "//" in the address.
        this.baseUrl = hlsBaseUrl.replaceAll("/+$", "");
        this.secret = secret;
        this.lifetime = lifetime;
    }

    /** The channel's entry point, valid for {@code hls-url-lifetime} from {@code now}. */
    public String signedManifestUrl(String channel, Instant now) {
        return signedManifestUrl(channel, now, lifetime);
    }

    /** The same, valid for {@code validFor} (shorter for a child, whose screen time is asked again at each renewal). */
    public String signedManifestUrl(String channel, Instant now, Duration validFor) {
        return signedFolder(channel, now.plus(validFor).getEpochSecond()) + "master.m3u8";
    }

    /** The channel's signed folder ("…/{token}/{expires}/{channel}/"): any of its files is reachable under it. */
    public String signedFolder(String channel, long expires) {
        return baseUrl + "/" + token(channel, expires) + "/" + expires + "/" + channel + "/";
    }

    /** The channel's still (320x180, renewed every 10 s by transcode-worker), public: no signature. */
    public String stillUrl(String channel) {
        return baseUrl + "/" + channel + "/thumbnail.jpg";
    }

    /** The HLS server's base URL, for the page's Content-Security-Policy. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The secure_link token of the channel's folder until {@code expires} (epoch seconds). */
    public String token(String channel, long expires) {
        return SecureLink.token(expires + "/" + channel + " " + secret);
    }
}
