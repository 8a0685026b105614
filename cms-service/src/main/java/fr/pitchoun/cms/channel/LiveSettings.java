package fr.pitchoun.cms.channel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the live channels are administered. The two service URLs have their defaults in application.properties
 * rather than here because {@code quarkus.rest-client.ingest.url} and {@code quarkus.oidc-client.auth-server-url}
 * expand them and must see the same values.
 */
@ConfigMapping(prefix = "pitchoun.cms")
public interface LiveSettings {

    /** Base URL of live-ingest-service, as this server reaches it (its channels' admin API). */
    String ingestUrl();

    /** Base URL of auth-gateway, as this server reaches it (the service token for the admin API). */
    String authUrl();

    /** Where a control room's encoder publishes, before the stream key: shown with a new key. */
    @WithDefault("rtmp://127.0.0.1:1935/live")
    String rtmpPublishUrl();
}
