package fr.pitchoun.podcast.listening;

import fr.pitchoun.podcast.catalogue.Episode;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "Continue listening" per account: the last position reached in each episode. An episode listened to its end (its
 * last few seconds) is no longer "in progress".
 */
@ApplicationScoped
public class ListeningPositions {

    /** Past this close to the end, the episode counts as heard: nothing to resume. */
    static final int FINISHED_WITHIN_SECONDS = 10;
    private static final int IN_PROGRESS_LISTED = 10;

    /** Records the position; false when the episode is unknown. A position past the end is kept at the end. */
    @Transactional
    public boolean record(String customerId, String showSlug, String episodeSlug, int positionSeconds, Instant now) {
        Optional<Episode> episode = Episode.find("show.slug = ?1 and slug = ?2", showSlug, episodeSlug)
                .firstResultOptional();
        if (episode.isEmpty()) {
            return false;
        }
        ListeningPosition position = ListeningPosition.<ListeningPosition>find("customerId = ?1 and episode = ?2",
                customerId, episode.get()).firstResultOptional().orElseGet(() -> {
                    ListeningPosition created = new ListeningPosition();
                    created.customerId = customerId;
                    created.episode = episode.get();
                    return created;
                });
        position.positionSeconds = Math.max(0, Math.min(positionSeconds, episode.get().durationSeconds));
        position.updatedAt = now;
        position.persist();
        return true;
    }

    /** Where to resume this episode (0 when never started or finished). */
    @Transactional
    public int resumeAt(String customerId, String showSlug, String episodeSlug) {
        return ListeningPosition.<ListeningPosition>find(
                        "customerId = ?1 and episode.show.slug = ?2 and episode.slug = ?3",
                        customerId, showSlug, episodeSlug)
                .firstResultOptional()
                .filter(position -> !finished(position))
                .map(position -> position.positionSeconds).orElse(0);
    }

    /** The episodes started and not finished, most recent first. */
    @Transactional
    public List<ResumePoint> inProgress(String customerId) {
        return ListeningPosition.<ListeningPosition>find("customerId = ?1 and positionSeconds > 0"
                                + " and positionSeconds < episode.durationSeconds - " + FINISHED_WITHIN_SECONDS,
                        Sort.descending("updatedAt"), customerId)
                .page(Page.ofSize(IN_PROGRESS_LISTED)).<ListeningPosition>list().stream()
                .map(ResumePoint::of).toList();
    }

    /** A position as the family's data export shows it. */
    public record Kept(String showSlug, String episodeSlug, String episodeTitle, int positionSeconds,
                       Instant updatedAt) {
    }

    /** Every position kept for the account, finished episodes included, most recent first. */
    @Transactional
    public List<Kept> allOf(String customerId) {
        return ListeningPosition.<ListeningPosition>list("customerId", Sort.descending("updatedAt"), customerId)
                .stream().map(position -> new Kept(position.episode.show.slug, position.episode.slug,
                        position.episode.title, position.positionSeconds, position.updatedAt)).toList();
    }

    /** Deletes every position of the account; how many there were. */
    @Transactional
    public long eraseAll(String customerId) {
        return ListeningPosition.delete("customerId", customerId);
    }

    private static boolean finished(ListeningPosition position) {
        return position.positionSeconds >= position.episode.durationSeconds - FINISHED_WITHIN_SECONDS;
    }
}
