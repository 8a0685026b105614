package fr.pitchoun.frontend.catalogue;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Drops what the site keeps of the CMS ({@link CmsContent}'s caches) as soon as cms-service announces a change, so an
 * editor's publication shows on the next page view rather than when the cache time runs out. Every change drops every
 * copy: they are a handful of small answers, read again on the next view, and a menu or a page may show any item.
 */
@ApplicationScoped
public class ContentChangedListener {

    private static final Logger LOG = Logger.getLogger(ContentChangedListener.class);

    private final List<Cache> caches;

    ContentChangedListener(@CacheName("cms-home") Cache home, @CacheName("cms-menus") Cache menus,
                           @CacheName("cms-events") Cache events, @CacheName("cms-pages") Cache pages) {
        this.caches = List.of(home, menus, events, pages);
    }

    /** Whatever the record says (even one this version cannot read): something changed, the copies go. */
    @Incoming("content-changed")
    public void changed(String event) {
        caches.forEach(cache -> cache.invalidateAll().await().indefinitely());
        LOG.debugf("CMS content changed, cached copies dropped: %s", event);
    }
}
