package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.content.DuePublisher;
import io.quarkus.arc.All;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** Publishes scheduled items of every catalogue ({@link DuePublisher}) when their time comes (checked every few seconds). */
@ApplicationScoped
class ScheduledPublisher {

    private final List<DuePublisher> catalogues;

    ScheduledPublisher(@All List<DuePublisher> catalogues) {
        this.catalogues = catalogues;
    }

    @Scheduled(every = "${pitchoun.cms.publish-check-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        Instant now = Instant.now();
        int published = catalogues.stream().mapToInt(catalogue -> catalogue.publishDue(now)).sum();
        if (published > 0) {
            Log.infof("Published %d scheduled item(s)", published);
        }
    }
}
