package fr.pitchoun.frontend.security;

import fr.pitchoun.frontend.config.FrontendConfig;
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
        if (response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Security-Policy", contentSecurityPolicy);
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
            response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        }
    }
}
