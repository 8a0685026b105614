package fr.pitchoun.frontend.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Settings of the public site. The URLs have their defaults in application.properties rather than here because
 * {@code quarkus.rest-client.*.url} and {@code mp.jwt.verify.publickey.location} expand them and must see the same
 * values.
 */
@ConfigMapping(prefix = "pitchoun.frontend")
public interface FrontendConfig {

    /** Base URL of cms-service, as this server reaches it (its JSON API and its health endpoint). */
    String cmsUrl();

    /** Base URL of auth-gateway, as this server reaches it (sign-in API and the JWKS of session tokens). */
    String authUrl();

    /** Base URL under which NGINX serves the HLS channels, as the viewer's browser reaches it. */
    String hlsBaseUrl();

    /**
     * The same HLS server as this server reaches it (start-over reads the worker's playlists there); the public base
     * by default (application.properties), to be set when that one is relative or goes out through the public proxy.
     */
    String hlsInternalUrl();

    /** Shared with NGINX's secure_link (deploy/CONTRACTS.md "Protected playback"). */
    String hlsSigningSecret();

    /** How long a signed HLS URL lets the viewer's player in: a long programme must not cut out. */
    @WithDefault("PT4H")
    Duration hlsUrlLifetime();

    /**
     * How long home blocks, menus, events and pages read from cms-service are reused. Applied by the
     * {@code quarkus.cache.caffeine.expire-after-write} setting (every cache), which expands it (hence its value in
     * application.properties); declared here so that it is a known setting of the site.
     */
    Duration cmsCacheTtl();

    /**
     * How long auth-gateway's playback decision for a session and an episode is reused (cache replay-playback,
     * applied by {@code quarkus.cache.caffeine."replay-playback".expire-after-write}, which expands it).
     */
    Duration playbackCacheTtl();
}
