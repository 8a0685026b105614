package fr.pitchoun.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "pitchoun.ingest")
public interface IngestConfig {

    /** Host a transcoder uses to pull a live feed from NGINX-RTMP; goes into the events' pullUrl. */
    @WithDefault("127.0.0.1")
    String rtmpPullHost();

    /** NGINX-RTMP's port for that pull. */
    @WithDefault("1935")
    int rtmpPullPort();

    /**
     * How long one attempt to hand a stream-state event to Kafka may take before it counts as failed and is retried.
     * NGINX's callbacks never wait for it: events go through the outbox, whose pitchoun.outbox.send-timeout
     * application.properties sets to this (declared here so that the service's own setting stays valid and checked).
     */
    @WithDefault("PT10S")
    Duration eventSendTimeout();

    /**
     * How often NGINX-RTMP calls on_update for each publisher (its notify_update_timeout): an open publication not
     * heard of for three intervals is closed as if NGINX had called on_publish_done.
     */
    @WithDefault("PT10S")
    Duration updateInterval();

    /**
     * Secret NGINX-RTMP sends with each callback ({@code ?secret=} in its on_publish/on_update/on_publish_done
     * addresses, rendered by deploy/nginx/render-config.sh from PITCHOUN_RTMP_CALLBACK_SECRET): a callback without it
     * is refused, so whoever reaches this service cannot open, keep or close a channel's publication.
     */
    String callbackSecret();
}
