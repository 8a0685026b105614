package fr.pitchoun.frontend.security;

import fr.pitchoun.frontend.config.FrontendConfig;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds the security headers to the HTML pages (static files and /q endpoints are not pages). */
public class SecurityHeaders {

    private final String contentSecurityPolicy;

    SecurityHeaders(FrontendConfig config) {
        this.contentSecurityPolicy = ContentSecurityPolicy.forHlsBaseUrl(config.hlsBaseUrl());
    }

    @ServerResponseFilter
    public void addHeaders(ContainerResponseContext response) {
        // A page built as a Response has no media type yet at this point: its Qute entity says it is a page.
        boolean page = response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)
                || response.getEntity() instanceof TemplateInstance;
        if (page) {
            response.getHeaders().putSingle("Content-Security-Policy", contentSecurityPolicy);
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
            response.getHeaders().putSingle("Referrer-Policy", "same-origin");
            // Pages depend on who is signed in, and the live page holds a signed address: never in a shared cache.
            response.getHeaders().putSingle("Cache-Control", "private, no-store");
        }
    }
}
