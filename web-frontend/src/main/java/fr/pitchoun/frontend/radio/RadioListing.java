package fr.pitchoun.frontend.radio;

import fr.pitchoun.frontend.catalogue.Radio;
import fr.pitchoun.frontend.security.ContentSecurityPolicy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The radios page: each radio with its versions. An https stream gets a player; its origin is then allowed as a
 * media source of that page only ({@code mediaOrigins}, added to the page's Content-Security-Policy), and an HLS
 * one's also as a connection ({@code playerOrigins}: hls.js reads its playlists and segments with fetch). Any other
 * address (plain http would be blocked as mixed content on the https site) is only a link to open elsewhere, except
 * on this machine's loopback, which browsers trust like https (the local platform's demo radios).
 */
public record RadioListing(List<Shown> radios, Set<String> mediaOrigins, Set<String> playerOrigins) {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    public record Shown(Radio radio, List<Version> versions) {

        /** The versions the page plays in {@code <audio>} (MP3, AAC), whose ICY titles the site reads for it. */
        public List<Version> icyVersions() {
            return versions.stream().filter(version -> version.playable() && !version.hls()).toList();
        }

        /** The radio's page plays at least one HLS version: it needs hls.js. */
        public boolean playsHls() {
            return versions.stream().anyMatch(version -> version.playable() && version.hls());
        }
    }

    /** A version as the page offers it; {@code mimeType} for its {@code <source type>}. */
    public record Version(String name, String url, String format, String mimeType, boolean playable) {

        /** Played with hls.js (the browser's own HLS in Safari); its ID3 titles tell what is playing. */
        public boolean hls() {
            return "HLS".equals(format);
        }

        /** An HLS stream is also given as a link, for an audio player such as VLC. */
        public boolean alsoAsLink() {
            return hls();
        }
    }

    /** Some radio of the page plays HLS: the page loads hls.js. */
    public boolean playsHls() {
        return radios.stream().anyMatch(Shown::playsHls);
    }

    static RadioListing of(List<Radio> radios) {
        List<Shown> shown = radios.stream().map(radio -> new Shown(radio,
                radio.versionsOrNone().stream().map(RadioListing::version).toList())).toList();
        Set<String> origins = new TreeSet<>();
        Set<String> playerOrigins = new TreeSet<>();
        shown.forEach(radio -> radio.versions().stream().filter(Version::playable).forEach(version -> {
            ContentSecurityPolicy.origin(version.url()).ifPresent(origins::add);
            if (version.hls()) {
                ContentSecurityPolicy.origin(version.url()).ifPresent(playerOrigins::add);
            }
        }));
        return new RadioListing(shown, origins, playerOrigins);
    }

    private static Version version(Radio.Stream stream) {
        return new Version(stream.name(), stream.streamUrl(), stream.format(), mimeType(stream.format()),
                playable(stream.streamUrl()));
    }

    private static boolean playable(String url) {
        if (url == null || ContentSecurityPolicy.origin(url).isEmpty()) {
            return false;
        }
        URI uri = URI.create(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return "https".equals(scheme)
                || "http".equals(scheme) && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    static String mimeType(String format) {
        return switch (Objects.requireNonNullElse(format, "")) {
            case "MP3" -> "audio/mpeg";
            case "AAC" -> "audio/aac";
            case "HLS" -> "application/vnd.apple.mpegurl";
            default -> "";
        };
    }
}
