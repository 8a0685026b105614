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
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The site reads the change topics' examples with its real listener: every record, valid or not, drops every copy
 * of the announcing service's answers (the listener reads no field, so it has nothing to refuse: see
 * deploy/CONTRACTS.md). That the other service's copies stay is not checked: the listener also reads the test
 * broker's real topics, where other tests' events come at any time.
 */
@QuarkusTest
class ContentChangedExamplesTest {

    @Inject
    ContentChangedListener listener;

    @Inject
    CacheManager caches;

    @Test
    void everyExampleDropsEveryCopyOfCmsContent() {
        everyExampleDrops(TopicContract.of("pitchoun.cms.content-changed"), ContentChangedListener.CMS_CACHES,
                listener::changed);
    }

    @Test
    void everyExampleDropsEveryCopyOfThePodcastCatalogue() {
        everyExampleDrops(TopicContract.of("pitchoun.podcast.catalogue-changed"), ContentChangedListener.PODCAST_CACHES,
                listener::podcastCatalogueChanged);
    }

    private void everyExampleDrops(TopicContract contract, String dropped, Consumer<String> listen) {
        List<Cache> droppedCaches = named(dropped);
        assertFalse(droppedCaches.isEmpty(), "the site keeps copies: " + caches.getCacheNames());

        Stream.concat(contract.examples().stream(), contract.invalidExamples().stream()).forEach(example -> {
            droppedCaches.forEach(cache -> cache.as(CaffeineCache.class)
                    .put("copy", CompletableFuture.completedFuture("a copy of an answer")));
            listen.accept(example.json());
            droppedCaches.forEach(cache -> assertEquals(0, cache.as(CaffeineCache.class).keySet().size(),
                    cache.getName() + " after " + example));
        });
    }

    private List<Cache> named(String prefix) {
        return caches.getCacheNames().stream().filter(name -> name.startsWith(prefix))
                .map(name -> caches.getCache(name).orElseThrow()).toList();
    }
}
