package fr.pitchoun.frontend.radio;

import fr.pitchoun.frontend.catalogue.Radio;
import fr.pitchoun.frontend.security.ContentSecurityPolicy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The radios page: each radio with its versions. An https stream gets a player; its origin is then allowed as a
 * media source of that page only ({@code mediaOrigins}, added to the page's Content-Security-Policy). Any other
 * address (plain http would be blocked as mixed content on the https site) is only a link to open elsewhere.
 */
public record RadioListing(List<Shown> radios, Set<String> mediaOrigins) {

    public record Shown(Radio radio, List<Version> versions) {
    }

    /** A version as the page offers it; {@code mimeType} for its {@code <source type>}. */
    public record Version(String name, String url, String format, String mimeType, boolean playable) {

        /** HLS plays in the {@code <audio>} element of Safari only: others get its address to open elsewhere too. */
        public boolean alsoAsLink() {
            return "HLS".equals(format);
        }
    }

    static RadioListing of(List<Radio> radios) {
        List<Shown> shown = radios.stream().map(radio -> new Shown(radio,
                radio.versionsOrNone().stream().map(RadioListing::version).toList())).toList();
        Set<String> origins = new TreeSet<>();
        shown.forEach(radio -> radio.versions().stream().filter(Version::playable)
                .forEach(version -> ContentSecurityPolicy.origin(version.url()).ifPresent(origins::add)));
        return new RadioListing(shown, origins);
    }

    private static Version version(Radio.Stream stream) {
        boolean https = stream.streamUrl() != null && stream.streamUrl().toLowerCase(Locale.ROOT).startsWith("https://")
                && ContentSecurityPolicy.origin(stream.streamUrl()).isPresent();
        return new Version(stream.name(), stream.streamUrl(), stream.format(), mimeType(stream.format()), https);
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
