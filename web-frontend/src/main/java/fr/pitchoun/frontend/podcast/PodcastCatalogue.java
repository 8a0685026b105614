package fr.pitchoun.frontend.podcast;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * podcast-service's answers, reused for {@code pitchoun.podcasts.cache-ttl} (cache {@value #FRESH_ANSWERS}, dropped
 * as soon as podcast-service announces a catalogue change: see {@code ContentChangedListener}); when it is away
 * (down, slow, erroring), the last answer it gave for the same thing is served, so the site keeps listing and playing
 * what it had. Only successful answers are kept (an unknown address never fills the cache); a 404 is passed on.
 */
@ApplicationScoped
public class PodcastCatalogue {

    /** Its name starts with the prefix whose caches podcast-service's catalogue-changed events drop. */
    static final String FRESH_ANSWERS = "podcast-answers";
    private static final Logger LOG = Logger.getLogger(PodcastCatalogue.class);
    /** Bounds the last answers kept (every show page and episode of a large catalogue fits). */
    private static final int MAX_ENTRIES = 5_000;
    /** podcast-service's largest page: a feed reads a show in as few calls as it can. */
    private static final int FEED_PAGE_SIZE = 100;

    private final PodcastClient service;
    private final Cache fresh;
    private final int pageSize;
    /** The last answer for each thing, kept beyond the cache time and the change events for when the service is away. */
    private final Map<String, Object> last = new ConcurrentHashMap<>();

    PodcastCatalogue(@RestClient PodcastClient service, @CacheName(FRESH_ANSWERS) Cache fresh,
                     PodcastSiteConfig config) {
        this.service = service;
        this.fresh = fresh;
        this.pageSize = config.pageSize();
    }

    public List<PodcastShow> shows() {
        return read("shows", "Podcast shows", service::shows);
    }

    public PodcastShowPage show(String show, Integer season, int page) {
        return read("show/" + show + "/" + season + "/" + page, "Podcast show " + show,
                () -> service.show(show, season, page, pageSize));
    }

    public PodcastEpisodePage episode(String show, String episode) {
        return read("episode/" + show + "/" + episode, "Podcast episode " + show + "/" + episode,
                () -> service.episode(show, episode));
    }

    /** Every episode of a show, newest first: what the family's private feed lists. */
    public List<PodcastEpisode> allEpisodes(String show) {
        List<PodcastEpisode> episodes = new ArrayList<>();
        int page = 1;
        PodcastShowPage read;
        do {
            int number = page;
            read = read("all/" + show + "/" + number, "Podcast show " + show,
                    () -> service.show(show, null, number, FEED_PAGE_SIZE));
            episodes.addAll(read.episodes());
            page++;
        } while (page <= read.pageCount());
        return episodes;
    }

    /** Whether the show exists, for the page of an episode that does not (or no longer). */
    public boolean showExists(String show) {
        try {
            show(show, null, 1);
            return true;
        } catch (NotFoundException | PodcastsUnavailable e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T read(String key, String what, Supplier<T> read) {
        try {
            return (T) fresh.get(key, k -> {
                T answer = read.get();
                if (last.size() < MAX_ENTRIES || last.containsKey(key)) {
                    last.put(key, answer);
                }
                return answer;
            }).await().indefinitely();
        } catch (RuntimeException e) {
            RuntimeException cause = e instanceof CompletionException && e.getCause() instanceof RuntimeException c
                    ? c : e;
            if (cause instanceof WebApplicationException web && web.getResponse().getStatus() == 404) {
                last.remove(key); // gone at Ausha: no longer served from the copy either
                throw new NotFoundException();
            }
            Object copy = last.get(key);
            if (copy == null) {
                throw new PodcastsUnavailable(what, cause);
            }
            LOG.warnf("%s unavailable from podcast-service, its last answer is served: %s", what, cause.toString());
            return (T) copy;
        }
    }
}
