package fr.pitchoun.cms.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "pitchoun.cms")
public interface CmsConfig {

    /** How long browsers and caches may reuse the published catalogue before asking again (with its ETag). */
    @WithDefault("PT1M")
    Duration apiMaxAge();

    /** Loads the demo programmes of db/demo at start: for the local platform only, never in production. */
    @WithDefault("false")
    boolean demoContent();
}
