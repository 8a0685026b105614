package fr.pitchoun.cms.replay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the episodes' Kinow videos are kept checked against the catalogue (auth-gateway's URL is pitchoun.cms.auth-url). */
@ConfigMapping(prefix = "pitchoun.cms.replay")
public interface ReplaySettings {

    /** How often the check runs (Quarkus scheduler syntax: 10m; off: never, as in tests, which call it). */
    @WithDefault("10m")
    String videoCheckInterval();

    /** A video checked more recently than this is not asked about again. */
    @WithDefault("PT1H")
    Duration videoCheckMaxAge();
}
