package fr.pitchoun.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers the outbox to Kafka on one thread of its own, oldest events first, in batches (sent together, acknowledged
 * together), and stops at the first failure so that the events of a key never overtake each other. Woken when a change commits (its event is on Kafka well within a
 * second) and every 5 s, for what failed and for what a previous run left. Relays of several instances on one
 * database take turns on the oldest event. At least once: consumers recognise a repeat by its event id.
 */
@Startup
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final KafkaOutboxSender sender;
    private final OutboxMetrics metrics;
    private final int batchSize;
    private final ExecutorService rounds;
    private final AtomicBoolean roundQueued = new AtomicBoolean();

    OutboxRelay(Outbox outbox, KafkaOutboxSender sender, OutboxMetrics metrics, OutboxConfig config) {
        this.outbox = outbox;
        this.batchSize = config.batchSize();
        this.sender = sender;
        this.metrics = metrics;
        this.rounds = Executors.newSingleThreadExecutor(task -> new Thread(task, sender.topic() + "-relay"));
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.EventStored stored) {
        wakeUp();
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wakeUp();
    }

    /** Queues one round unless one is already waiting, which will find the newest events anyway. */
    private void wakeUp() {
        if (roundQueued.compareAndSet(false, true)) {
            rounds.execute(() -> {
                roundQueued.set(false);
                deliverWaiting();
            });
        }
    }

    /** One round, on the caller's thread: sends batches until the outbox is empty or a send fails. */
    void deliverWaiting() {
        try {
            int sent;
            do {
                sent = outbox.sendOldest(batchSize, this::send);
                metrics.sent(sent);
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            LOG.error("Outbox relay round failed; the next round retries", e);
        }
    }

    private List<Optional<String>> send(List<OutboxRecord> events) {
        List<Optional<String>> outcomes = sender.send(events);
        for (int i = 0; i < events.size(); i++) {
            OutboxRecord event = events.get(i);
            Optional<String> failure = outcomes.get(i);
            if (failure.isPresent()) {
                metrics.failed();
                LOG.warnf("Kafka has not taken event %s of key %s for %s (attempt %d), retried within 5 s: %s",
                        event.eventId(), event.key(), sender.topic(), event.attempts() + 1, failure.get());
                break;
            }
            LOG.debugf("Event %s of key %s sent to %s", event.eventId(), event.key(), sender.topic());
        }
        return outcomes;
    }

    /** Stops before the database goes away; what is not sent stays in the outbox for the next start. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        rounds.shutdownNow();
        if (!rounds.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warn("Outbox relay still busy at shutdown; its event stays in the outbox");
        }
    }
}
