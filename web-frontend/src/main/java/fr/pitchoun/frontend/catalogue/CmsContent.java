package fr.pitchoun.frontend.catalogue;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What the pages read from cms-service, each answer kept {@code pitchoun.frontend.cms-cache-ttl} (caches
 * {@code cms-*}): a page view costs no call to cms-service while it is fresh. A failure is never kept: it throws, the
 * caller shows its fallback, and the next page view asks again.
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

    /** The published events; none while cms-service has no events yet (404). */
    @CacheResult(cacheName = "cms-events")
    public List<UpcomingEvent> events() {
        return orWhenMissing(cms::events, List.of());
    }

    /** A page of the site ({@code page}), the slug it moved to ({@code movedTo}), or neither: it does not exist. */
    public record PageAnswer(SitePage page, String movedTo) {
        static final PageAnswer MISSING = new PageAnswer(null, null);
    }

    @CacheResult(cacheName = "cms-pages")
    public PageAnswer page(String slug) {
        try (Response response = cms.page(slug)) {
            if (response.getStatus() == Response.Status.MOVED_PERMANENTLY.getStatusCode()
                    && response.getLocation() != null) {
                return lastSegment(response.getLocation()).map(current -> new PageAnswer(null, current))
                        .orElse(PageAnswer.MISSING);
            }
            if (response.getStatus() != Response.Status.OK.getStatusCode()) {
                throw new WebApplicationException("cms-service answered " + response.getStatus(), response.getStatus());
            }
            return new PageAnswer(response.readEntity(SitePage.class), null);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                return PageAnswer.MISSING;
            }
            throw e;
        }
    }

    private static Optional<String> lastSegment(URI location) {
        String path = location.getPath();
        return path == null || path.endsWith("/") ? Optional.empty()
                : Optional.of(path.substring(path.lastIndexOf('/') + 1));
    }

    private interface Read<T> {
        T get();
    }

    /** What cms-service answers, or {@code missing} when it answers 404 (a cms without that content yet). */
    private static <T> T orWhenMissing(Read<T> read, T missing) {
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
