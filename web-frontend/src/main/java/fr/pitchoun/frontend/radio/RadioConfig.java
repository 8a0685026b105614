package fr.pitchoun.frontend.radio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the site reads the radios' ICY titles (web-frontend/README.md "Radios"). */
@ConfigMapping(prefix = "pitchoun.frontend.radio")
public interface RadioConfig {

    /** Longest wait for a stream to connect, and between two reads of it. */
    @WithDefault("PT3S")
    Duration icyTimeout();

    /**
     * How long a stream's title, or its lack of one, is reused for every listener (cache radio-icy-titles, applied by
     * {@code quarkus.cache.caffeine."radio-icy-titles".expire-after-write}, which expands it): one read per stream
     * and period, whatever the number of listeners.
     */
    @WithDefault("PT10S")
    Duration titleCacheTtl();
}
