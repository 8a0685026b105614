package fr.pitchoun.frontend.security;

import java.net.URI;
import java.util.Optional;

/**
 * The Content-Security-Policy of every page: scripts, styles and images from this site only, and media from the
 * HLS server. hls.js needs {@code blob:} for its worker and for the MediaSource it attaches to the video element.
 * A relative HLS base URL (HLS behind the same reverse proxy as the site) needs nothing beyond {@code 'self'}.
 */
public final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    public static String forHlsBaseUrl(String hlsBaseUrl) {
        String hls = origin(hlsBaseUrl).map(origin -> " " + origin).orElse("");
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self'" + hls,
                "media-src 'self' blob:" + hls,
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** CSP matches a path only exactly or as a folder prefix; the origin is what the HLS server is. */
    static Optional<String> origin(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }
}
