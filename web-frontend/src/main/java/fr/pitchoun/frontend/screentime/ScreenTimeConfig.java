package fr.pitchoun.frontend.screentime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Screen time on the site (web-frontend/README.md "Screen time"); the rules themselves live in auth-gateway. */
@ConfigMapping(prefix = "pitchoun.frontend.screen-time")
public interface ScreenTimeConfig {

    /**
     * How long the gateway's answer for a session is reused (cache screen-time, applied by
     * {@code quarkus.cache.caffeine."screen-time".expire-after-write}, which expands it).
     */
    @WithDefault("PT5S")
    Duration cacheTtl();

    /**
     * How long a child's signed live address is valid; the live player asks for a new one halfway, and the site
     * gives none once the child's screen time is over, so the live stops then even without the page's script.
     */
    @WithDefault("PT2M")
    Duration liveAddressLifetime();
}
