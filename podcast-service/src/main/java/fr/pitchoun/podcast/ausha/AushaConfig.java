package fr.pitchoun.podcast.ausha;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "pitchoun.ausha")
public interface AushaConfig {

    /** Ausha's API; the default is the local stand-in (deploy/wiremock/ausha). The real one: https://developers.ausha.co */
    @WithDefault("http://127.0.0.1:8092")
    URI baseUrl();

    /** A token from the Ausha manager (My account, Public API), sent as {@code Authorization: Bearer <token>}. */
    @WithDefault("pitchoun-demo-token")
    String token();

    @WithDefault("PT2S")
    Duration connectTimeout();

    /** Bounds each page request, so a stalled Ausha cannot hold a sync for long. */
    @WithDefault("PT10S")
    Duration readTimeout();
}
