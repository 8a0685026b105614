package fr.pitchoun.auth.replay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Replay settings (auth-gateway/README.md "Replay"). */
@ConfigMapping(prefix = "pitchoun.replay")
public interface ReplayConfig {

    /** Language of the titles we read from Kinow and of Kinow's player UI. */
    @WithDefault("fr")
    String isoCode();

    /** Videos per page of the editors' catalogue search. */
    @WithDefault("20")
    int cataloguePageSize();

    Playback playback();

    OriginMedia originMedia();

    interface Playback {

        /** Playback requests one session (or, signed out, one address) may make per window. */
        @WithDefault("30")
        int maxPerSession();

        @WithDefault("PT1M")
        Duration window();
    }

    /**
     * Media Kinow's answers place on the platform's own NGINX (locally: the stand-in's demo media under /vod/) are
     * served only under secure_link addresses; the gateway signs them with NGINX's secret. Kinow's own CDN
     * addresses are not under this base and pass untouched. Unset (production with Kinow's CDN): nothing is signed.
     */
    interface OriginMedia {

        /** As Kinow's answers name it, e.g. http://localhost:8088/vod/ : "{base}{folder}/{file}" becomes signed. */
        Optional<String> baseUrl();

        /** Where viewers' browsers reach that origin, when not at {@link #baseUrl()} (e.g. another port). */
        Optional<String> publicUrl();

        /** NGINX's secure_link secret (the same as the live HLS one locally). */
        Optional<String> secret();

        /** How long a signed address stays valid: a viewer can watch a whole episode, pauses included. */
        @WithDefault("PT6H")
        Duration linkLifetime();
    }
}
