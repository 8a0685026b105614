package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditAction;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.replay.CatalogueUnavailable;
import fr.pitchoun.cms.replay.CatalogueVideo;
import fr.pitchoun.cms.replay.ReplayCatalogue;
import fr.pitchoun.cms.replay.ReplaySettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the episodes' Kinow videos checked against the catalogue (auth-gateway's {@code GET
 * /api/replay/catalogue/{videoId}}), each at most once per {@code video-check-max-age}: the answer is kept on the
 * episode, so neither the editors' list nor the API calls the gateway. A video Kinow no longer has (404) is flagged
 * for editors and published as unavailable; one that comes back, or whose duration or extract changed, is updated.
 * Those are changes the site sees: audited, with their content-changed event. No answer: the round stops, nothing
 * is marked, the next round tries again.
 */
@ApplicationScoped
public class EpisodeVideoCheck {

    static final Actor CHECKER = new Actor(null, "Contrôle du catalogue Kinow (automatique)");
    private static final Logger LOG = Logger.getLogger(EpisodeVideoCheck.class);
    private static final int ROUND_SIZE = 200;

    /** What one round did: episodes whose video was asked about, found missing, and whether the catalogue answered. */
    public record Round(int checked, int missing, boolean catalogueAway) {
    }

    private record Due(long episodeId, long videoId) {
    }

    private final ReplayCatalogue catalogue;
    private final ContentChanges changes;
    private final ReplaySettings settings;

    EpisodeVideoCheck(ReplayCatalogue catalogue, ContentChanges changes, ReplaySettings settings) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.settings = settings;
    }

    @Scheduled(every = "${pitchoun.cms.replay.video-check-interval:10m}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRound() {
        Round round = checkDue(Instant.now());
        if (round.missing() > 0 || round.catalogueAway()) {
            LOG.infof("Kinow video check: %d checked, %d missing%s", round.checked(), round.missing(),
                    round.catalogueAway() ? ", catalogue unavailable (next round retries)" : "");
        }
    }

    public Round checkDue(Instant now) {
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> Episode.<Episode>find(
                        // Never-checked first (MariaDB sorts nulls first).
                        "kinowVideoId is not null and (kinowVideoCheckedAt is null or kinowVideoCheckedAt < ?1) "
                                + "order by kinowVideoCheckedAt, id", now.minus(settings.videoCheckMaxAge()))
                .page(0, ROUND_SIZE).list().stream().map(e -> new Due(e.id, e.kinowVideoId)).toList());
        int checked = 0;
        int missing = 0;
        for (Due episode : due) {
            Optional<CatalogueVideo> answer;
            try {
                answer = catalogue.video(episode.videoId());
            } catch (CatalogueUnavailable away) {
                return new Round(checked, missing, true);
            }
            QuarkusTransaction.requiringNew().run(() -> record(episode, answer, now));
            checked++;
            missing += answer.isEmpty() ? 1 : 0;
        }
        return new Round(checked, missing, false);
    }

    private void record(Due due, Optional<CatalogueVideo> answer, Instant now) {
        Episode episode = Episode.findById(due.episodeId());
        if (episode == null || !Objects.equals(episode.kinowVideoId, due.videoId())) {
            return; // deleted or given another video meanwhile
        }
        ContentChanges.Visibility visibility = episode.visibility();
        episode.kinowVideoCheckedAt = now;
        if (answer.isEmpty()) {
            if (episode.kinowVideoMissingSince == null) {
                episode.kinowVideoMissingSince = now;
                changes.record(ContentType.EPISODE, episode.id, AuditAction.UPDATED, "Kinow n'a plus la vidéo n° "
                        + due.videoId() + " : l'épisode est signalé sans vidéo jouable.", CHECKER, visibility, visibility);
            }
            return;
        }
        CatalogueVideo video = answer.get();
        Long extract = episode.kinowExtractId == null ? null : video.extractId();
        boolean published = episode.kinowVideoMissingSince != null
                || !Objects.equals(episode.videoDurationSeconds, video.durationSeconds())
                || !Objects.equals(episode.kinowExtractId, extract);
        boolean cameBack = episode.kinowVideoMissingSince != null;
        episode.kinowVideoMissingSince = null;
        episode.kinowVideoTitle = video.title();
        episode.videoDurationSeconds = video.durationSeconds();
        episode.kinowExtractId = extract;
        if (published) {
            changes.record(ContentType.EPISODE, episode.id, AuditAction.UPDATED, (cameBack
                    ? "La vidéo Kinow n° " + due.videoId() + " est de nouveau au catalogue."
                    : "Vidéo Kinow n° " + due.videoId() + " relue au catalogue") + " Durée : " + video.durationLabel()
                    + (extract == null ? ", sans extrait." : ", extrait n° " + extract + "."), CHECKER, visibility,
                    visibility);
        }
    }
}
