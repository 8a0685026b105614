package fr.pitchoun.frontend.podcastfeed;

import fr.pitchoun.frontend.podcast.PodcastCatalogue;
import fr.pitchoun.frontend.podcast.PodcastEpisode;
import fr.pitchoun.frontend.podcast.PodcastShow;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The episodes of every show, public and exclusive, newest first, from podcast-service (through the site's cached
 * copy). A public episode downloads from its public address; an exclusive one from this site's relay under the
 * feed's secret ({@code /podcasts/flux/{secret}/{show}/{episode}.mp3}), which signs a fresh NGINX address at each
 * download: a signed address written into the feed would have expired by the time an app downloads it.
 */
@ApplicationScoped
public class FamilyFeed {

    private final PodcastCatalogue catalogue;

    FamilyFeed(PodcastCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    String xml(String siteUrl, String secret, Instant now) {
        List<FeedItem> items = new ArrayList<>();
        for (PodcastShow show : catalogue.shows()) {
            for (PodcastEpisode episode : catalogue.allEpisodes(show.slug())) {
                String audio = episode.exclusive()
                        ? relayUrl(siteUrl, secret, show.slug(), episode.slug())
                        : episode.audioUrl();
                if (audio != null) {
                    items.add(new FeedItem(show.slug(), show.title(), show.imageUrl(), episode, audio));
                }
            }
        }
        items.sort(Comparator.comparing((FeedItem item) -> item.episode().publishedAt()).reversed());
        return FeedWriter.write(siteUrl, items, now);
    }

    static String relayUrl(String siteUrl, String secret, String show, String episode) {
        return siteUrl + FeedResource.PATH + "/" + secret + "/" + show + "/" + episode + ".mp3";
    }
}
