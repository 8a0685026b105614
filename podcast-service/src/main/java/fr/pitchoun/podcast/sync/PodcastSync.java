package fr.pitchoun.podcast.sync;

import fr.pitchoun.podcast.ausha.AushaClient;
import fr.pitchoun.podcast.ausha.AushaException;
import fr.pitchoun.podcast.catalogue.Catalogue;
import fr.pitchoun.podcast.catalogue.Catalogue.SyncCounts;
import fr.pitchoun.podcast.catalogue.SyncedShow;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Copies Ausha's catalogue into the database. Everything is read from Ausha before anything is written, so a sync that
 * fails half-way leaves the previous catalogue untouched and the site keeps serving it.
 */
@Singleton
public class PodcastSync {

    private static final Logger LOG = Logger.getLogger(PodcastSync.class);
    private static final String METRIC = "pitchoun.podcast.syncs";

    private final AushaClient ausha;
    private final Catalogue catalogue;
    private final SyncStatus status;
    private final Counter successes;
    private final Counter aushaFailures;
    private final Counter databaseFailures;

    public PodcastSync(AushaClient ausha, Catalogue catalogue, SyncStatus status, MeterRegistry registry) {
        this.ausha = ausha;
        this.catalogue = catalogue;
        this.status = status;
        this.successes = registry.counter(METRIC, "result", "success");
        this.aushaFailures = registry.counter(METRIC, "result", "ausha_failure");
        this.databaseFailures = registry.counter(METRIC, "result", "database_failure");
    }

    /** One sync at a time: the schedule and a manual call never interleave their writes. */
    public synchronized SyncState run() {
        Instant startedAt = Instant.now();
        List<SyncedShow> synced;
        try {
            synced = ausha.shows().stream()
                    .map(show -> new SyncedShow(show, ausha.seasonNumbers(show.id()), ausha.publishedEpisodes(show.id())))
                    .toList();
        } catch (AushaException e) {
            // An outage is expected now and then: one line, no stack trace (the cause is kept at debug level).
            LOG.warnf("Ausha sync failed, keeping the catalogue already stored: %s", e.getMessage());
            LOG.debug("Ausha failure detail", e);
            aushaFailures.increment();
            status.update(state -> state.failed(startedAt, e.getMessage(), e.httpStatus()));
            return status.current();
        }
        try {
            SyncCounts counts = catalogue.replaceWith(synced);
            LOG.infof("Ausha sync done: %d shows, %d published episodes (%d exclusive), %s", counts.shows(),
                    counts.episodes(), counts.exclusives(), counts.changed() ? "changes announced" : "nothing changed");
            successes.increment();
            status.update(state -> state.succeeded(startedAt, Instant.now(), counts.shows(), counts.episodes(),
                    counts.exclusives()));
        } catch (RuntimeException e) {
            LOG.error("Storing the Ausha catalogue failed; the previous one stays", e);
            databaseFailures.increment();
            status.update(state -> state.failed(startedAt,
                    "L'enregistrement du catalogue a échoué (" + e.getClass().getSimpleName() + ").", null));
        }
        return status.current();
    }
}
