package fr.pitchoun.ingest.publication;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Without on_publish_done (NGINX killed or restarted), a publication would stay open and its channel would refuse
 * every new publish: the heartbeat NGINX's on_update gives ends it instead.
 */
@ApplicationScoped
class SilentPublicationSweep {

    private final PublishingDesk desk;

    SilentPublicationSweep(PublishingDesk desk) {
        this.desk = desk;
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        desk.closeSilent();
    }
}
