package fr.pitchoun.frontend.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Content-Security-Policy of every page: scripts, styles and images from this site only, and media from the
 * HLS server. hls.js needs {@code blob:} for its worker and for the MediaSource it attaches to the video element.
 * A relative HLS base URL (HLS behind the same reverse proxy as the site) needs nothing beyond {@code 'self'}.
 * A page that plays other media (the radios' streams) names their origins in its template instance's attribute
 * {@link #MEDIA_ORIGINS}: they are allowed as media sources of that page only. An episode page names the origins
 * hls.js fetches its video from ({@link #PLAYER_ORIGINS}: connections and media) or Kinow's player page it frames
 * ({@link #FRAME_ORIGINS}); every other page frames nothing. A page showing images of another host (the podcasts'
 * images, at Ausha) names their origins ({@link #IMAGE_ORIGINS}).
 */
public final class ContentSecurityPolicy {

    /** Template instance attribute: the {@code Collection<String>} of extra media origins of that page. */
    public static final String MEDIA_ORIGINS = "pitchoun.csp.media-origins";
    /** Template instance attribute: the {@code Collection<String>} of origins hls.js reads and plays from. */
    public static final String PLAYER_ORIGINS = "pitchoun.csp.player-origins";
    /** Template instance attribute: the {@code Collection<String>} of origins the page frames. */
    public static final String FRAME_ORIGINS = "pitchoun.csp.frame-origins";
    /** Template instance attribute: the {@code Collection<String>} of origins the page shows images from. */
    public static final String IMAGE_ORIGINS = "pitchoun.csp.image-origins";

    private ContentSecurityPolicy() {
    }

    public static String forHlsBaseUrl(String hlsBaseUrl) {
        return forHlsBaseUrl(hlsBaseUrl, Set.of());
    }

    /** The policy with {@code mediaOrigins} ("https://host[:port]") allowed as media sources too. */
    public static String forHlsBaseUrl(String hlsBaseUrl, Collection<String> mediaOrigins) {
        return forHlsBaseUrl(hlsBaseUrl, mediaOrigins, Set.of(), Set.of());
    }

    /**
     * The policy with {@code mediaOrigins} allowed as media, {@code playerOrigins} as media and connections (hls.js
     * reads playlists and segments with fetch/XHR) and {@code frameOrigins} as frames.
     */
    public static String forHlsBaseUrl(String hlsBaseUrl, Collection<String> mediaOrigins,
                                       Collection<String> playerOrigins, Collection<String> frameOrigins) {
        return forHlsBaseUrl(hlsBaseUrl, mediaOrigins, playerOrigins, frameOrigins, Set.of());
    }

    /** As above, with {@code imageOrigins} allowed as images too. */
    public static String forHlsBaseUrl(String hlsBaseUrl, Collection<String> mediaOrigins,
                                       Collection<String> playerOrigins, Collection<String> frameOrigins,
                                       Collection<String> imageOrigins) {
        String hls = origin(hlsBaseUrl).map(origin -> " " + origin).orElse("");
        StringBuilder connect = new StringBuilder(hls);
        StringBuilder media = new StringBuilder(hls);
        addOrigins(media, mediaOrigins);
        addOrigins(media, playerOrigins);
        addOrigins(connect, playerOrigins);
        StringBuilder frames = new StringBuilder();
        addOrigins(frames, frameOrigins);
        StringBuilder images = new StringBuilder();
        addOrigins(images, imageOrigins);
        List<String> directives = new ArrayList<>(List.of(
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:" + images,
                "connect-src 'self'" + connect,
                "media-src 'self' blob:" + media,
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'"));
        if (!frames.isEmpty()) {
            // Without it frames fall back to default-src 'self': only a page that frames Kinow's player says more.
            directives.add(1, "frame-src 'self'" + frames);
        }
        return String.join("; ", directives);
    }

    private static void addOrigins(StringBuilder directive, Collection<String> urls) {
        // Origins only (what origin() gives): nothing in them can end the directive or add another.
        urls.stream().map(ContentSecurityPolicy::origin).flatMap(Optional::stream)
                .filter(origin -> (directive + " ").indexOf(" " + origin + " ") < 0)
                .forEach(origin -> directive.append(' ').append(origin));
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
