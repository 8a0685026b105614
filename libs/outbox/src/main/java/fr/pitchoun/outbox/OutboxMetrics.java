package fr.pitchoun.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The meters the service named in {@code pitchoun.outbox.metrics.*}: backlog gauge, sent and failure counters. */
@ApplicationScoped
class OutboxMetrics {

    private final Optional<Counter> sent;
    private final Optional<Counter> failures;

    OutboxMetrics(OutboxConfig config, MeterRegistry registry, Outbox outbox) {
        config.metrics().backlog().ifPresent(name -> Gauge.builder(name, outbox, Outbox::waiting)
                .description("outbox events not yet on Kafka").strongReference(true).register(registry));
        this.sent = config.metrics().sent().map(registry::counter);
        this.failures = config.metrics().failures().map(registry::counter);
    }

    void sent(int events) {
        sent.ifPresent(counter -> counter.increment(events));
    }

    void failed() {
        failures.ifPresent(Counter::increment);
    }
}
