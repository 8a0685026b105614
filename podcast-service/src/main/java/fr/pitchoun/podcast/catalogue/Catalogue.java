package fr.pitchoun.podcast.catalogue;

import fr.pitchoun.outbox.Outbox;
import fr.pitchoun.podcast.ausha.AushaEpisode;
import fr.pitchoun.podcast.ausha.AushaShow;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The shows and episodes the site may show: a copy of Ausha's catalogue as of the last successful sync. */
@ApplicationScoped
public class Catalogue {

    private static final int TITLE_MAX = 255;
    private static final int DESCRIPTION_MAX = 4000;
    private static final int SLUG_MAX = 200;
    private static final Sort NEWEST_FIRST = Sort.descending("publishedAt").and("id", Sort.Direction.Descending);

    private final Set<String> exclusiveShows;
    private final Outbox outbox;

    Catalogue(ExclusivesConfig config, Outbox outbox) {
        this.exclusiveShows = config.exclusiveShows().orElse(Set.of());
        this.outbox = outbox;
    }

    public List<ShowSummary> shows() {
        return Show.getEntityManager().createQuery("""
                        select new fr.pitchoun.podcast.catalogue.ShowSummary(
                            s.slug, s.title, s.description, s.imageUrl, s.exclusive, count(e), max(e.publishedAt))
                        from Show s left join Episode e on e.show = s
                        group by s.id, s.slug, s.title, s.description, s.imageUrl, s.exclusive
                        order by s.title, s.slug""", ShowSummary.class)
                .getResultList();
    }

    /** One page of the show's episodes, newest first, of one season or all ({@code season} null). */
    public Optional<ShowDetail> show(String slug, Integer season, int page, int size) {
        return Show.<Show>find("slug", slug).firstResultOptional().map(show -> {
            PanacheQuery<Episode> episodes = season == null
                    ? Episode.find("show", NEWEST_FIRST, show)
                    : Episode.find("show = :show and seasonNumber = :season", NEWEST_FIRST,
                    Parameters.with("show", show).and("season", season));
            long count = episodes.count();
            int pageCount = Math.max(1, (int) ((count + size - 1) / size));
            List<EpisodeView> views = episodes.page(Page.of(page - 1, size)).<Episode>list().stream()
                    .map(EpisodeView::of).toList();
            return new ShowDetail(show.slug, show.title, show.description, show.imageUrl, show.exclusive,
                    seasons(show), season, page, pageCount, count, views);
        });
    }

    public Optional<EpisodeDetail> episode(String showSlug, String episodeSlug) {
        return Episode.<Episode>find("show.slug = ?1 and slug = ?2", showSlug, episodeSlug).firstResultOptional()
                .map(episode -> new EpisodeDetail(episode.show.slug, episode.show.title, episode.show.imageUrl,
                        EpisodeView.of(episode)));
    }

    private static List<Integer> seasons(Show show) {
        return Episode.getEntityManager().createQuery("""
                        select distinct e.seasonNumber from Episode e
                        where e.show = :show and e.seasonNumber is not null order by e.seasonNumber""", Integer.class)
                .setParameter("show", show).getResultList();
    }

    /**
     * Makes the catalogue what Ausha says, in one transaction: rows are updated in place by Ausha id (so a new sync
     * never duplicates), new ones added, and shows or episodes Ausha no longer lists as published are removed. When
     * that changed anything the site shows, a catalogue-changed event is stored in the same transaction (outbox).
     */
    @Transactional
    public SyncCounts replaceWith(List<SyncedShow> synced) {
        Map<Long, Show> shows = byAushaId(Show.<Show>listAll(), show -> show.aushaId);
        Map<Long, Episode> episodes = byAushaId(Episode.<Episode>listAll(), episode -> episode.aushaId);
        Map<Long, List<Object>> showsBefore = new HashMap<>();
        shows.forEach((id, show) -> showsBefore.put(id, shown(show)));
        Map<Long, List<Object>> episodesBefore = new HashMap<>();
        episodes.forEach((id, episode) -> episodesBefore.put(id, shown(episode)));
        boolean changed = false;
        int episodeCount = 0;
        int exclusiveCount = 0;
        // An episode may take the slug another one gives up in this very sync: the unique key must not see both.
        episodes.values().forEach(episode -> episode.slug = null);
        Episode.flush();
        for (SyncedShow item : synced) {
            Show show = shows.remove(item.show().id());
            if (show == null) {
                show = new Show();
            }
            copy(item.show(), show);
            changed |= !shown(show).equals(showsBefore.get(show.aushaId));
            show.persist();
            Set<String> slugs = new HashSet<>();
            for (AushaEpisode fromAusha : item.episodes()) {
                Episode episode = episodes.remove(fromAusha.id());
                if (episode == null) {
                    episode = new Episode();
                }
                copy(fromAusha, show, item.seasonNumbers(), episode);
                episode.slug = uniqueSlug(fromAusha, slugs);
                changed |= !shown(episode).equals(episodesBefore.get(episode.aushaId));
                episode.persist();
                episodeCount++;
                exclusiveCount += episode.exclusive ? 1 : 0;
            }
        }
        changed |= !episodes.isEmpty() || !shows.isEmpty();
        // Episodes first: the shows they belonged to may be going too.
        episodes.values().forEach(Episode::delete);
        shows.values().forEach(Show::delete);
        if (changed) {
            CatalogueChangedEvent event = new CatalogueChangedEvent(CatalogueChangedEvent.SCHEMA_VERSION,
                    UUID.randomUUID().toString(), synced.size(), episodeCount, Instant.now());
            outbox.append(CatalogueChangedEvent.KEY, event.eventId(), event);
        }
        return new SyncCounts(synced.size(), episodeCount, exclusiveCount, changed);
    }

    /** What the site shows of a show: a sync that leaves it equal for every row announces nothing. */
    private static List<Object> shown(Show show) {
        return Arrays.asList(show.slug, show.title, show.description, show.imageUrl, show.exclusive);
    }

    private static List<Object> shown(Episode episode) {
        return Arrays.asList(episode.show.aushaId, episode.slug, episode.title, episode.description,
                episode.durationSeconds, episode.publishedAt, episode.audioUrl, episode.imageUrl, episode.guid,
                episode.seasonNumber, episode.exclusive, episode.explicit);
    }

    private void copy(AushaShow from, Show to) {
        to.aushaId = from.id();
        // Ausha's slug is unique there (it is the show's address on podcast.ausha.co); the fallback keeps ours unique.
        to.slug = from.slug() == null || from.slug().isBlank() ? "emission-" + from.id() : from.slug();
        to.title = cut(from.name(), TITLE_MAX);
        to.description = cut(from.description(), DESCRIPTION_MAX);
        to.imageUrl = from.imageUrl();
        to.exclusive = exclusiveShows.contains(to.slug);
    }

    private static void copy(AushaEpisode from, Show show, Map<Long, Integer> seasonNumbers, Episode to) {
        to.aushaId = from.id();
        to.show = show;
        to.title = cut(from.name(), TITLE_MAX);
        to.description = cut(from.description(), DESCRIPTION_MAX);
        to.durationSeconds = from.durationSeconds();
        to.publishedAt = from.publishedInstant();
        to.audioUrl = from.audioUrl();
        to.audioSizeBytes = from.audioSizeBytes();
        to.imageUrl = from.imageUrl();
        to.guid = cut(from.guid(), 255);
        to.seasonNumber = from.seasonId() == null ? null : seasonNumbers.get(from.seasonId());
        to.exclusive = show.exclusive || !from.isPublic();
        to.explicit = from.explicit();
    }

    /** Ausha's slug if it is usable and free in the show, else {@code episode-<ausha id>} (always unique). */
    private static String uniqueSlug(AushaEpisode from, Set<String> taken) {
        String slug = from.slug();
        if (slug == null || !slug.matches("[a-z0-9]+(?:-[a-z0-9]+)*") || slug.length() > SLUG_MAX || !taken.add(slug)) {
            slug = "episode-" + from.id();
            taken.add(slug);
        }
        return slug;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static <T> Map<Long, T> byAushaId(List<T> rows, Function<T, Long> aushaId) {
        return rows.stream().collect(Collectors.toMap(aushaId, Function.identity(), (a, b) -> a, HashMap::new));
    }

    /** {@code changed}: the sync changed what the site shows (and announced it). */
    public record SyncCounts(int shows, int episodes, int exclusives, boolean changed) {
    }
}
