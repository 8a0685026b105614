package fr.pitchoun.podcast.ausha;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "pitchoun.ausha")
public interface AushaConfig {

    /**
     * Ausha's API, the documented base address by default (its answers' pagination links name api-content.ausha.co:
     * only their page number is used). The launcher and the tests point it at the stand-in (deploy/wiremock/ausha).
     */
    @WithDefault("https://developers.ausha.co")
    URI baseUrl();

    /** A token from the Ausha manager (My account, Public API), sent as {@code Authorization: Bearer <token>}. */
    @WithDefault("pitchoun-demo-token")
    String token();

    @WithDefault("PT2S")
    Duration connectTimeout();

    /** Bounds each page request, so a stalled Ausha cannot hold a sync for long. */
    @WithDefault("PT10S")
    Duration readTimeout();

    /** The longest {@code Retry-After} the sync waits out; a longer one fails the sync until the next cycle. */
    @WithDefault("PT2M")
    Duration maxRetryAfter();

    /** How many 429 answers in a row one request waits out before the sync gives up. */
    @WithDefault("3")
    int maxRateLimitWaits();
}
