package fr.pitchoun.podcast.sync;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class SyncSchedule {

    private final PodcastSync sync;

    SyncSchedule(PodcastSync sync) {
        this.sync = sync;
    }

    /** First run right after start, then every interval ("off" disables it). */
    @Scheduled(identity = "ausha-sync", every = "${pitchoun.podcast.sync-interval:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void syncFromAusha() {
        sync.run();
    }
}
