package fr.pitchoun.frontend.security;

import java.net.URI;

/**
 * Whether a request that changes something comes from this site's own pages (CSRF): the browser's
 * {@code Sec-Fetch-Site} when it sends one, else its {@code Origin} against the {@code Host} it asked. A request
 * with neither is refused: every browser that runs the player sends at least one of them with a POST.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean accepts(String secFetchSite, String origin, String host) {
        if (secFetchSite != null && !secFetchSite.isBlank()) {
            return "same-origin".equals(secFetchSite.trim());
        }
        if (origin == null || host == null || origin.isBlank() || "null".equals(origin.trim())) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return authority.equalsIgnoreCase(host.trim())
                    || uri.getPort() == -1 && host.trim().equalsIgnoreCase(uri.getHost() + ":" + defaultPort(uri));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
