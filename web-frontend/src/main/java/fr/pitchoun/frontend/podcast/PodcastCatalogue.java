package fr.pitchoun.frontend.podcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * podcast-service's answers, reused for {@code cache-ttl}; when it is away (down, slow, erroring), the last answer
 * it gave for the same thing is served, so the site keeps listing and playing what it had. Only successful answers
 * are kept (an unknown address never fills the cache); a 404 is passed on.
 */
@ApplicationScoped
public class PodcastCatalogue {

    private static final Logger LOG = Logger.getLogger(PodcastCatalogue.class);
    /** Bounds the copies kept (every show page and episode of a large catalogue fits). */
    private static final int MAX_ENTRIES = 5_000;
    /** podcast-service's largest page: a feed reads a show in as few calls as it can. */
    private static final int FEED_PAGE_SIZE = 100;

    private record Kept(Object answer, Instant readAt) {
    }

    private final PodcastClient service;
    private final Duration ttl;
    private final int pageSize;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    PodcastCatalogue(@RestClient PodcastClient service, PodcastSiteConfig config) {
        this.service = service;
        this.ttl = config.cacheTtl();
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
        Kept copy = kept.get(key);
        Instant now = Instant.now();
        if (copy != null && copy.readAt().plus(ttl).isAfter(now)) {
            return (T) copy.answer();
        }
        try {
            T answer = read.get();
            if (kept.size() < MAX_ENTRIES || kept.containsKey(key)) {
                kept.put(key, new Kept(answer, now));
            }
            return answer;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                kept.remove(key); // gone at Ausha: no longer served from the copy either
                throw new NotFoundException();
            }
            return lastOr(copy, what, e);
        } catch (RuntimeException e) {
            return lastOr(copy, what, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T lastOr(Kept copy, String what, RuntimeException e) {
        if (copy == null) {
            throw new PodcastsUnavailable(what, e);
        }
        LOG.warnf("%s unavailable from podcast-service, its last answer is served: %s", what, e.toString());
        return (T) copy.answer();
    }
}
