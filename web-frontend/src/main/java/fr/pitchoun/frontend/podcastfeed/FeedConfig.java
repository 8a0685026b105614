package fr.pitchoun.frontend.podcastfeed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The families' private feeds ({@code pitchoun.podcasts.feed.*}). */
@ConfigMapping(prefix = "pitchoun.podcasts.feed")
public interface FeedConfig {

    /** How long auth-gateway's yes for a secret is reused (its own Kinow check is kept 4 minutes on top). */
    @WithDefault("PT1M")
    Duration accessTtl();
}
