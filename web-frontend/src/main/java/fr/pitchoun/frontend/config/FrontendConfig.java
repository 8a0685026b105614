package fr.pitchoun.frontend.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the public site. The two URLs have their defaults in application.properties rather than here because
 * {@code quarkus.rest-client.cms.url} expands {@code ${pitchoun.frontend.cms-url}} and must see the same value.
 */
@ConfigMapping(prefix = "pitchoun.frontend")
public interface FrontendConfig {

    /** Base URL of cms-service, as this server reaches it (its JSON API and its health endpoint). */
    String cmsUrl();

    /** Base URL under which NGINX serves the HLS channels, as the viewer's browser reaches it. */
    String hlsBaseUrl();

    /** The channel the live page plays. */
    @WithDefault("pitchoun-tv")
    String liveChannel();
}
