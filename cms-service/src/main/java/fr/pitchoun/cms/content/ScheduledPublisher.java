package fr.pitchoun.cms.content;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Instant;

/** Publishes scheduled items of every kind when their time comes (checked every few seconds). */
@ApplicationScoped
class ScheduledPublisher {

    private final Instance<ScheduledPublication> catalogues;

    ScheduledPublisher(Instance<ScheduledPublication> catalogues) {
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
