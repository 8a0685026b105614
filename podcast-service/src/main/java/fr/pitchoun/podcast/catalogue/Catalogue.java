package fr.pitchoun.podcast.catalogue;

import fr.pitchoun.podcast.ausha.AushaEpisode;
import fr.pitchoun.podcast.ausha.AushaShow;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The shows and episodes the site may show: a copy of Ausha's catalogue as of the last successful sync. */
@ApplicationScoped
public class Catalogue {

    private static final int TITLE_MAX = 255;
    private static final int DESCRIPTION_MAX = 4000;

    public List<ShowSummary> shows() {
        return Show.getEntityManager().createQuery("""
                        select new fr.pitchoun.podcast.catalogue.ShowSummary(
                            s.slug, s.title, s.description, s.imageUrl, count(e), max(e.publishedAt))
                        from Show s left join Episode e on e.show = s
                        group by s.id, s.slug, s.title, s.description, s.imageUrl
                        order by s.title, s.slug""", ShowSummary.class)
                .getResultList();
    }

    public Optional<ShowDetail> show(String slug) {
        return Show.<Show>find("slug", slug).firstResultOptional().map(show -> new ShowDetail(show.slug, show.title,
                show.description, show.imageUrl,
                Episode.<Episode>list("show", Sort.descending("publishedAt").and("id", Sort.Direction.Descending), show)
                        .stream().map(ShowDetail.EpisodeView::of).toList()));
    }

    /**
     * Makes the catalogue what Ausha says, in one transaction: rows are updated in place by Ausha id (so a new sync
     * never duplicates), new ones added, and shows or episodes Ausha no longer lists as public are removed.
     */
    @Transactional
    public SyncCounts replaceWith(List<SyncedShow> synced) {
        Map<Long, Show> shows = byAushaId(Show.<Show>listAll(), show -> show.aushaId);
        Map<Long, Episode> episodes = byAushaId(Episode.<Episode>listAll(), episode -> episode.aushaId);
        int episodeCount = 0;
        for (SyncedShow item : synced) {
            Show show = shows.remove(item.show().id());
            if (show == null) {
                show = new Show();
            }
            copy(item.show(), show);
            show.persist();
            for (AushaEpisode fromAusha : item.episodes()) {
                Episode episode = episodes.remove(fromAusha.id());
                if (episode == null) {
                    episode = new Episode();
                }
                copy(fromAusha, show, episode);
                episode.persist();
                episodeCount++;
            }
        }
        // Episodes first: the shows they belonged to may be going too.
        episodes.values().forEach(Episode::delete);
        shows.values().forEach(Show::delete);
        return new SyncCounts(synced.size(), episodeCount);
    }

    private static void copy(AushaShow from, Show to) {
        to.aushaId = from.id();
        // Ausha's slug is unique there (it is the show's address on podcast.ausha.co); the fallback keeps ours unique.
        to.slug = from.slug() == null || from.slug().isBlank() ? "emission-" + from.id() : from.slug();
        to.title = cut(from.name(), TITLE_MAX);
        to.description = cut(from.description(), DESCRIPTION_MAX);
        to.imageUrl = from.imageUrl();
    }

    private static void copy(AushaEpisode from, Show show, Episode to) {
        to.aushaId = from.id();
        to.show = show;
        to.title = cut(from.name(), TITLE_MAX);
        to.description = cut(from.description(), DESCRIPTION_MAX);
        to.durationSeconds = from.durationSeconds();
        to.publishedAt = from.publishedInstant();
        to.audioUrl = from.audioUrl();
        to.imageUrl = from.imageUrl();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static <T> Map<Long, T> byAushaId(List<T> rows, Function<T, Long> aushaId) {
        return rows.stream().collect(Collectors.toMap(aushaId, Function.identity(), (a, b) -> a, HashMap::new));
    }

    public record SyncCounts(int shows, int episodes) {
    }
}
