package fr.pitchoun.cms.content;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/** Publishes the scheduled items of every kind when their time comes (checked every few seconds). */
@ApplicationScoped
class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    private final List<ScheduledItems> kinds;

    ScheduledPublisher(@All List<ScheduledItems> kinds) {
        this.kinds = kinds;
    }

    @Scheduled(every = "${pitchoun.cms.publish-check-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        Instant now = Instant.now();
        // One transaction per kind: a failure in one kind does not hold back the others.
        int published = kinds.stream().mapToInt(kind -> kind.publishDue(now)).sum();
        if (published > 0) {
            LOG.infof("Published %d scheduled item(s)", published);
        }
    }
}
