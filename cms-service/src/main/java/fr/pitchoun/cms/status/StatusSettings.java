package fr.pitchoun.cms.status;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the operators' status page (/editeur/etat) asks, each address as this server reaches it. live-ingest-service's
 * address is the live channels' own ({@code pitchoun.cms.ingest-url}).
 */
@ConfigMapping(prefix = "pitchoun.cms.status")
public interface StatusSettings {

    /** The services whose {@code /q/health/ready} is shown, as {@code name=base URL}, in the page's order. */
    List<String> services();

    /** Every transcode-worker's base URL: its readiness and the channels it holds ({@code GET /api/channels}). */
    List<String> transcodeWorkers();

    /** Alertmanager's base URL (its {@code /api/v2/alerts}); unset: the page says alerts are not configured. */
    Optional<String> alertmanagerUrl();

    /** How long one call may take: a part slower than this is shown unreachable, the page still answers. */
    @WithDefault("2s")
    Duration timeout();
}
