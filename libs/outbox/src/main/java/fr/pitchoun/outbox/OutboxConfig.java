package fr.pitchoun.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The service's outbox settings. The broker and any other producer setting come from the service's {@code kafka.*}
 * settings ({@code kafka.bootstrap.servers}, env {@code KAFKA_BOOTSTRAP_SERVERS}).
 */
@ConfigMapping(prefix = "pitchoun.outbox")
public interface OutboxConfig {

    /** The topic every event of the outbox goes to. */
    String topic();

    /** The producer's client id, as the broker's logs and quotas see it. */
    @WithDefault("${quarkus.application.name}")
    String clientId();

    /** How long one attempt to hand an event to Kafka may take before it counts as failed and is retried. */
    @WithDefault("PT5S")
    Duration sendTimeout();

    /**
     * Events handed to Kafka in one round trip at most: the relay locks that many of the oldest, sends them all,
     * then waits for the acknowledgements once (one event per round trip kept a relay near 60 events/s).
     */
    @WithDefault("200")
    int batchSize();

    /** Names of the outbox's meters; a meter without a name is not registered. */
    Metrics metrics();

    interface Metrics {
        /** Gauge of the events not yet on Kafka. */
        Optional<String> backlog();

        /** Counter of the events Kafka acknowledged. */
        Optional<String> sent();

        /** Counter of the failed attempts. */
        Optional<String> failures();
    }
}
