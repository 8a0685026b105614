package fr.pitchoun.auth.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/** Settings of the families' data rights (auth-gateway/README.md "Données personnelles"). */
@ConfigMapping(prefix = "pitchoun.privacy")
public interface PrivacyConfig {

    /** Statements older than this are purged, with the days of aggregates they made. */
    @WithDefault("P24M")
    Period statementRetention();

    /** When the purge runs (Quartz-style cron, Europe/Paris); read by {@code StatementRetention}'s schedule. */
    @WithDefault("0 30 3 * * ?")
    String purgeCron();

    PodcastService podcastService();

    /** podcast-service, which keeps the families' listening positions. */
    interface PodcastService {

        /** Its base address; none when the deployment has no podcast-service (then nothing is asked there). */
        Optional<URI> url();

        /** Longest wait for one call there. */
        @WithDefault("PT3S")
        Duration timeout();
    }
}
