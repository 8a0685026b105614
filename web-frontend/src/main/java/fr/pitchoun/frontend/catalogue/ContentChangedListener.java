package fr.pitchoun.frontend.catalogue;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Drops what the site keeps of the CMS ({@link CmsContent}'s caches, every cache named {@code cms-*}) as soon as
 * cms-service announces a change, so an editor's publication shows on the next page view rather than when the cache
 * time runs out. Every change drops every copy: they are a handful of small answers, read again on the next view, and
 * a menu or a page may show any item.
 */
@ApplicationScoped
public class ContentChangedListener {

    private static final Logger LOG = Logger.getLogger(ContentChangedListener.class);
    static final String CMS_CACHES = "cms-";

    private final List<Cache> caches;

    ContentChangedListener(CacheManager caches) {
        // By prefix, so that a cache a new page adds is dropped too without being listed here.
        this.caches = caches.getCacheNames().stream().filter(name -> name.startsWith(CMS_CACHES))
                .map(name -> caches.getCache(name).orElseThrow()).toList();
    }

    /** Whatever the record says (even one this version cannot read): something changed, the copies go. */
    @Incoming("content-changed")
    public void changed(String event) {
        caches.forEach(cache -> cache.invalidateAll().await().indefinitely());
        LOG.debugf("CMS content changed, cached copies dropped: %s", event);
    }
}
