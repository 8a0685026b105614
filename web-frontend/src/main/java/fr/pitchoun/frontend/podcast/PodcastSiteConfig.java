package fr.pitchoun.frontend.podcast;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The site's podcast pages ({@code pitchoun.podcasts.*}); podcast-service's URL is in application.properties. */
@ConfigMapping(prefix = "pitchoun.podcasts")
public interface PodcastSiteConfig {

    /** Base URL of podcast-service, as this server reaches it. */
    String serviceUrl();

    /** Where NGINX serves podcast audio, as the viewer's browser reaches it (signed exclusives under {@code /signe}). */
    String audioBaseUrl();

    /** How long a signed exclusive address plays: long enough for an episode, short enough not to be shared. */
    @WithDefault("PT2H")
    Duration signedAudioLifetime();

    /**
     * How long podcast-service's answers are reused before being read again, when no catalogue-changed event has
     * dropped them first (Kafka away: a sync shows at most that late). Applied by
     * {@code quarkus.cache.caffeine."podcast-answers".expire-after-write}, which expands it (hence its value in
     * application.properties); declared here so that it is a known setting of the site.
     */
    Duration cacheTtl();

    @WithDefault("10")
    int pageSize();
}
