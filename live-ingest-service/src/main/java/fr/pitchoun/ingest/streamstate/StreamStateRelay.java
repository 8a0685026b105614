package fr.pitchoun.ingest.streamstate;

import fr.pitchoun.ingest.config.IngestConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers the outbox to Kafka on one thread of its own, oldest event first, and stops at the first failure so that
 * a channel's events never overtake each other; the next round (at the latest 5 s later) retries it. NGINX's callbacks
 * only wake it up: they never wait for Kafka. Relays of several instances on one database take turns on the oldest
 * event. Delivery is at least once: consumers can tell a repeat by its eventId.
 */
@ApplicationScoped
public class StreamStateRelay {

    public static final String TOPIC = "pitchoun.live.stream-state";

    private static final Logger LOG = Logger.getLogger(StreamStateRelay.class);

    private final StreamStateOutbox outbox;
    private final Producer<String, String> producer;
    private final Duration sendTimeout;
    private final Counter sent;
    private final Counter failures;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            task -> new Thread(task, "stream-state-relay"));
    private final AtomicBoolean roundQueued = new AtomicBoolean();

    StreamStateRelay(StreamStateOutbox outbox, Producer<String, String> producer, IngestConfig config,
                     MeterRegistry metrics) {
        this.outbox = outbox;
        this.producer = producer;
        this.sendTimeout = config.eventSendTimeout();
        this.sent = metrics.counter("pitchoun.ingest.stream.state.events.sent");
        this.failures = metrics.counter("pitchoun.ingest.stream.state.events.send.failures");
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) StreamStateOutbox.EventStored stored) {
        wakeUp();
    }

    /** Retries what failed, and sends what a previous run of the service left in the outbox. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        wakeUp();
    }

    /** Queues one delivery round unless one is already waiting, which will see the newest events anyway. */
    void wakeUp() {
        if (roundQueued.compareAndSet(false, true)) {
            sender.execute(this::deliverAll);
        }
    }

    private void deliverAll() {
        roundQueued.set(false);
        try {
            while (outbox.sendOldest(this::send)) {
                sent.increment();
            }
        } catch (RuntimeException e) {
            LOG.error("Stream-state relay round failed; the next round retries", e);
        }
    }

    private Optional<String> send(StreamStateOutbox.Pending event) {
        try {
            // The producer itself gives up within max.block.ms + delivery.timeout.ms; this bound is only a backstop.
            producer.send(new ProducerRecord<>(TOPIC, event.channel(), event.payload()))
                    .get(2 * sendTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            LOG.debugf("Stream-state event %s of channel %s sent", event.eventId(), event.channel());
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            failures.increment();
            LOG.warnf("Kafka has not taken stream-state event %s of channel %s (attempt %d), retrying in 5 s: %s",
                    event.eventId(), event.channel(), event.attempts() + 1, cause.toString());
            return Optional.of(cause.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted: the service is stopping");
        }
    }

    /** Stops the relay before the database goes away; what it has not sent stays in the outbox for next time. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        sender.shutdownNow();
        if (!sender.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warn("Stream-state relay still busy at shutdown; its event stays in the outbox");
        }
    }
}
