package fr.pitchoun.frontend.catalogue;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the pages read from cms-service, each answer kept {@code pitchoun.frontend.cms-cache-ttl} (caches
 * {@code cms-*}, all dropped by {@link ContentChangedListener} when cms-service announces a change): a page view costs
 * no call to cms-service while it is fresh. A failure is never kept: it throws, the caller shows its fallback, and the
 * next page view asks again.
 */
@ApplicationScoped
public class CmsContent {

    private final CmsClient cms;

    CmsContent(@RestClient CmsClient cms) {
        this.cms = cms;
    }

    @CacheResult(cacheName = "cms-home")
    public HomePage homePage() {
        return orWhenMissing(cms::homePage, new HomePage(List.of()));
    }

    @CacheResult(cacheName = "cms-menus")
    public CmsMenu menu(String name) {
        return orWhenMissing(() -> cms.menu(name), new CmsMenu(name, List.of()));
    }

    /** The published upcoming events; none while cms-service has no events yet (404). */
    @CacheResult(cacheName = "cms-events")
    public List<UpcomingEvent> events() {
        return orWhenMissing(() -> cms.events(false), List.of());
    }

    /** Every published event, past ones included. */
    @CacheResult(cacheName = "cms-agenda")
    public List<UpcomingEvent> agenda() {
        return orWhenMissing(() -> cms.events(true), List.of());
    }

    @CacheResult(cacheName = "cms-programmes")
    public List<Programme> programmes() {
        return orWhenMissing(cms::publishedProgrammes, List.of());
    }

    @CacheResult(cacheName = "cms-channels")
    public List<TvChannel> channels() {
        return orWhenMissing(cms::channels, List.of());
    }

    /** A channel's slots of a day; none for a channel cms-service no longer has. */
    @CacheResult(cacheName = "cms-schedule")
    public List<ScheduleSlot> schedule(String channel, LocalDate day) {
        return orWhenMissing(() -> cms.schedule(channel, day.toString()), List.of());
    }

    @CacheResult(cacheName = "cms-radios")
    public List<Radio> radios() {
        return orWhenMissing(cms::radios, List.of());
    }

    @CacheResult(cacheName = "cms-news")
    public NewsList news(int page) {
        return orWhenMissing(() -> cms.news(page), NewsList.NONE);
    }

    /** The episode's published quiz; none when cms-service has none for it (404). */
    @CacheResult(cacheName = "cms-quiz")
    public Optional<Quiz> quiz(String programme, String episode) {
        return orWhenMissing(() -> Optional.of(cms.quiz(programme, episode)), Optional.empty());
    }

    /** An item read by its slug ({@code item}), the slug it moved to ({@code movedTo}), or neither: it does not exist. */
    public record SlugAnswer<T>(T item, String movedTo) {
    }

    @CacheResult(cacheName = "cms-pages")
    public SlugAnswer<SitePage> page(String slug) {
        return bySlug(() -> cms.page(slug), SitePage.class);
    }

    @CacheResult(cacheName = "cms-programme")
    public SlugAnswer<Programme> programme(String slug) {
        return bySlug(() -> cms.programme(slug), Programme.class);
    }

    @CacheResult(cacheName = "cms-event")
    public SlugAnswer<UpcomingEvent> event(String slug) {
        return bySlug(() -> cms.event(slug), UpcomingEvent.class);
    }

    @CacheResult(cacheName = "cms-news-item")
    public SlugAnswer<NewsItem> newsItem(String slug) {
        return bySlug(() -> cms.newsItem(slug), NewsItem.class);
    }

    /** cms-service's answer for a slug: 200 with the item, 301 to its current slug, 404 (thrown) when it has none. */
    private static <T> SlugAnswer<T> bySlug(Supplier<Response> read, Class<T> type) {
        SlugAnswer<T> missing = new SlugAnswer<>(null, null);
        try (Response response = read.get()) {
            if (response.getStatus() == Response.Status.MOVED_PERMANENTLY.getStatusCode()
                    && response.getLocation() != null) {
                return lastSegment(response.getLocation()).map(current -> new SlugAnswer<T>(null, current))
                        .orElse(missing);
            }
            if (response.getStatus() != Response.Status.OK.getStatusCode()) {
                throw new WebApplicationException("cms-service answered " + response.getStatus(), response.getStatus());
            }
            return new SlugAnswer<>(response.readEntity(type), null);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                return missing;
            }
            throw e;
        }
    }

    private static Optional<String> lastSegment(URI location) {
        String path = location.getPath();
        return path == null || path.endsWith("/") ? Optional.empty()
                : Optional.of(path.substring(path.lastIndexOf('/') + 1));
    }

    /** What cms-service answers, or {@code missing} when it answers 404 (a cms without that content yet). */
    private static <T> T orWhenMissing(Supplier<T> read, T missing) {
        try {
            T answer = read.get();
            return answer == null ? missing : answer;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                return missing;
            }
            throw e;
        }
    }
}
