package fr.pitchoun.frontend.podcast;

import fr.pitchoun.frontend.config.FrontendConfig;
import fr.pitchoun.frontend.security.SecureLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Signed, expiring addresses of exclusive episodes (deploy/CONTRACTS.md "Podcasts: audio"):
 * {@code {audio-base-url}/signe/{token}/{expires}/{file}}, token = base64url(MD5("{expires}/podcast/{file} {secret}"))
 * with the HLS secret, checked by NGINX's secure_link: no call to any service per request.
 */
@ApplicationScoped
public class ExclusiveAudio {

    private final String baseUrl;
    private final String secret;
    private final Duration lifetime;

    @Inject
    ExclusiveAudio(PodcastSiteConfig podcasts, FrontendConfig site) {
        this(podcasts.audioBaseUrl(), site.hlsSigningSecret(), podcasts.signedAudioLifetime());
    }

    ExclusiveAudio(String audioBaseUrl, String secret, Duration lifetime) {
        this.baseUrl = audioBaseUrl.replaceAll("/+$", "");
        this.secret = secret;
        this.lifetime = lifetime;
    }

    public String signedUrl(String file, Instant now) {
        long expires = now.plus(lifetime).getEpochSecond();
        return baseUrl + "/signe/" + SecureLink.token(expires + "/podcast/" + file + " " + secret) + "/" + expires + "/"
                + file;
    }
}
