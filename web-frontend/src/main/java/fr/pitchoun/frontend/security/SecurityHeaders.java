package fr.pitchoun.frontend.security;

import fr.pitchoun.frontend.config.FrontendConfig;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Collection;
import java.util.List;

/** Adds the security headers to the HTML pages (static files and /q endpoints are not pages). */
public class SecurityHeaders {

    private final String hlsBaseUrl;
    private final String contentSecurityPolicy;

    SecurityHeaders(FrontendConfig config) {
        this.hlsBaseUrl = config.hlsBaseUrl();
        this.contentSecurityPolicy = ContentSecurityPolicy.forHlsBaseUrl(hlsBaseUrl);
    }

    @ServerResponseFilter
    public void addHeaders(ContainerResponseContext response) {
        // A page built as a Response has no media type yet at this point: its Qute entity says it is a page.
        boolean page = response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)
                || response.getEntity() instanceof TemplateInstance;
        if (page) {
            response.getHeaders().putSingle("Content-Security-Policy", policyOf(response.getEntity()));
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
            response.getHeaders().putSingle("Referrer-Policy", "same-origin");
            // Pages depend on who is signed in, and the live page holds a signed address: never in a shared cache.
            response.getHeaders().putSingle("Cache-Control", "private, no-store");
        }
    }

    /** The site's policy, with the origins a page that plays other streams (radios, episodes) or shows images names. */
    private String policyOf(Object entity) {
        if (entity instanceof TemplateInstance page) {
            List<String> media = origins(page, ContentSecurityPolicy.MEDIA_ORIGINS);
            List<String> player = origins(page, ContentSecurityPolicy.PLAYER_ORIGINS);
            List<String> frames = origins(page, ContentSecurityPolicy.FRAME_ORIGINS);
            List<String> images = origins(page, ContentSecurityPolicy.IMAGE_ORIGINS);
            if (!media.isEmpty() || !player.isEmpty() || !frames.isEmpty() || !images.isEmpty()) {
                return ContentSecurityPolicy.forHlsBaseUrl(hlsBaseUrl, media, player, frames, images);
            }
        }
        return contentSecurityPolicy;
    }

    private static List<String> origins(TemplateInstance page, String attribute) {
        return page.getAttribute(attribute) instanceof Collection<?> origins
                ? origins.stream().map(String::valueOf).toList() : List.of();
    }
}
