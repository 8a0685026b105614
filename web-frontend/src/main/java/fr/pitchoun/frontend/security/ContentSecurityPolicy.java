package fr.pitchoun.frontend.security;

import java.net.URI;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The Content-Security-Policy of every page: scripts, styles and images from this site only, and media from the
 * HLS server. hls.js needs {@code blob:} for its worker and for the MediaSource it attaches to the video element.
 * A relative HLS base URL (HLS behind the same reverse proxy as the site) needs nothing beyond {@code 'self'}.
 * A page that plays other media (the radios' streams) names their origins in its template instance's attribute
 * {@link #MEDIA_ORIGINS}: they are allowed as media sources of that page only.
 */
public final class ContentSecurityPolicy {

    /** Template instance attribute: the {@code Collection<String>} of extra media origins of that page. */
    public static final String MEDIA_ORIGINS = "pitchoun.csp.media-origins";

    private ContentSecurityPolicy() {
    }

    public static String forHlsBaseUrl(String hlsBaseUrl) {
        return forHlsBaseUrl(hlsBaseUrl, Set.of());
    }

    /** The policy with {@code mediaOrigins} ("https://host[:port]") allowed as media sources too. */
    public static String forHlsBaseUrl(String hlsBaseUrl, Collection<String> mediaOrigins) {
        String hls = origin(hlsBaseUrl).map(origin -> " " + origin).orElse("");
        StringBuilder media = new StringBuilder(hls);
        // Origins only (what origin() gives): nothing in them can end the directive or add another.
        mediaOrigins.stream().map(ContentSecurityPolicy::origin).flatMap(Optional::stream)
                .filter(origin -> media.indexOf(" " + origin) < 0).forEach(origin -> media.append(' ').append(origin));
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self'" + hls,
                "media-src 'self' blob:" + media,
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** CSP matches a path only exactly or as a folder prefix; the origin is what the server is. */
    public static Optional<String> origin(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }
}
