package fr.pitchoun.cms.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF filter hands a token cookie to every GET without one, the public API's included. A Set-Cookie makes an
 * answer private to one client (shared caches and CDNs will not keep it), and the API has no form to protect: its
 * answers go out without it; nor do the media library's public image files.
 */
@ApplicationScoped
class NoCookiesOnApi {

    void register(@Observes Filters filters, @ConfigProperty(name = "quarkus.rest-csrf.cookie-name",
            defaultValue = "csrf-token") String csrfCookie) {
        filters.register(routing -> {
            if (routing.normalizedPath().startsWith("/api/") || routing.normalizedPath().startsWith("/medias/")) {
                // Before the response's cookies are turned into headers: drop the token cookie, do not expire it.
                routing.addHeadersEndHandler(ignored -> routing.response().removeCookie(csrfCookie, false));
            }
            routing.next();
        }, 100);
    }
}
