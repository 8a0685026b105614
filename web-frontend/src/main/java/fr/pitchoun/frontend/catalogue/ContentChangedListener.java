package fr.pitchoun.frontend.catalogue;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Drops what the site keeps of another service's answers as soon as that service announces a change, so the change
 * shows on the next page view rather than when the cache time runs out: cms-service's content-changed events drop
 * every cache named {@code cms-*} ({@link CmsContent}'s), podcast-service's catalogue-changed events every cache
 * named {@code podcast-*} (the podcast pages' fresh answers; their last answers stay, for when the service is away).
 * Every change drops every copy of its service: they are a handful of small answers, read again on the next view,
 * and a menu or a page may show any item.
 */
@ApplicationScoped
public class ContentChangedListener {

    private static final Logger LOG = Logger.getLogger(ContentChangedListener.class);
    static final String CMS_CACHES = "cms-";
    static final String PODCAST_CACHES = "podcast-";

    private final List<Cache> cmsCaches;
    private final List<Cache> podcastCaches;

    ContentChangedListener(CacheManager caches) {
        this.cmsCaches = named(caches, CMS_CACHES);
        this.podcastCaches = named(caches, PODCAST_CACHES);
    }

    // By prefix, so that a cache a new page adds is dropped too without being listed here.
    private static List<Cache> named(CacheManager caches, String prefix) {
        return caches.getCacheNames().stream().filter(name -> name.startsWith(prefix))
                .map(name -> caches.getCache(name).orElseThrow()).toList();
    }

    /** Whatever the record says (even one this version cannot read): something changed, the copies go. */
    @Incoming("content-changed")
    public void changed(String event) {
        drop(cmsCaches, "CMS content", event);
    }

    /** Likewise for podcast-service's catalogue (deploy/CONTRACTS.md, pitchoun.podcast.catalogue-changed). */
    @Incoming("podcast-catalogue-changed")
    public void podcastCatalogueChanged(String event) {
        drop(podcastCaches, "Podcast catalogue", event);
    }

    private static void drop(List<Cache> caches, String what, String event) {
        caches.forEach(cache -> cache.invalidateAll().await().indefinitely());
        LOG.debugf("%s changed, cached copies dropped: %s", what, event);
    }
}
