package fr.pitchoun.cms.programme;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Publishes scheduled programmes and episodes when their time comes (checked every few seconds). */
@ApplicationScoped
class ScheduledPublisher {

    private final ProgrammeCatalog programmes;
    private final EpisodeCatalog episodes;

    ScheduledPublisher(ProgrammeCatalog programmes, EpisodeCatalog episodes) {
        this.programmes = programmes;
        this.episodes = episodes;
    }

    @Scheduled(every = "${pitchoun.cms.publish-check-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        Instant now = Instant.now();
        int published = programmes.publishDue(now) + episodes.publishDue(now);
        if (published > 0) {
            Log.infof("Published %d scheduled item(s)", published);
        }
    }
}
