package fr.pitchoun.cms.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "pitchoun.cms")
public interface CmsConfig {

    /** How long browsers and caches may reuse the published catalogue before asking again (with its ETag). */
    @WithDefault("PT1M")
    Duration apiMaxAge();

    /** Loads the demo content of db/demo at start: for the local platform only, never in production. */
    @WithDefault("false")
    boolean demoContent();

    /**
     * Where the local platform serves the demo media (its NGINX), for the demo content's addresses such as the demo
     * radios' streams: the {@code demo_media_url} placeholder of the db/demo scripts.
     */
    @WithDefault("http://localhost:8088")
    String demoMediaUrl();

    /** How often scheduled items whose time has come are published (Quarkus scheduler syntax: 5s, 1m...). */
    @WithDefault("5s")
    String publishCheckInterval();

    /** Editors' sessions and sign-in. */
    Editors editors();

    interface Editors {

        /** A session not used for this long ends: the editor signs in again. */
        @WithDefault("PT30M")
        Duration sessionIdleTimeout();

        /** A session ends this long after sign-in however busy the editor is. */
        @WithDefault("PT8H")
        Duration sessionMaxAge();

        /** Wrong passwords in a row before the account is locked. */
        @WithDefault("5")
        int maxFailedSignIns();

        /** How long a locked account refuses every sign-in, even with the right password. */
        @WithDefault("PT15M")
        Duration lockDuration();

        /** Marks the session cookie Secure even on plain HTTP requests (behind a TLS-terminating proxy). */
        @WithDefault("false")
        boolean forceSecureCookie();
    }
}
