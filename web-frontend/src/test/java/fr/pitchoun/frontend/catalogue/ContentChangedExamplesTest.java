package fr.pitchoun.frontend.catalogue;

import fr.pitchoun.contracts.TopicContract;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The site reads the content-changed contract's examples with its real listener: every record, valid or not, drops
 * every copy of CMS content (the listener reads no field, so it has nothing to refuse: see deploy/CONTRACTS.md).
 */
@QuarkusTest
class ContentChangedExamplesTest {

    private final TopicContract contract = TopicContract.of("pitchoun.cms.content-changed");

    @Inject
    ContentChangedListener listener;

    @Inject
    CacheManager caches;

    @Test
    void everyExampleDropsEveryCopyOfCmsContent() {
        List<Cache> cmsCaches = caches.getCacheNames().stream()
                .filter(name -> name.startsWith(ContentChangedListener.CMS_CACHES))
                .map(name -> caches.getCache(name).orElseThrow()).toList();
        assertFalse(cmsCaches.isEmpty(), "the site keeps copies of CMS content: " + caches.getCacheNames());

        Stream.concat(contract.examples().stream(), contract.invalidExamples().stream()).forEach(example -> {
            cmsCaches.forEach(cache -> cache.as(CaffeineCache.class)
                    .put("copy", CompletableFuture.completedFuture("a copy of CMS content")));
            listener.changed(example.json());
            cmsCaches.forEach(cache -> assertEquals(0, cache.as(CaffeineCache.class).keySet().size(),
                    cache.getName() + " after " + example));
        });
    }
}
