package fr.pitchoun.transcode.hls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes HLS master playlists (RFC 8216): the renditions ({@code EXT-X-MEDIA}) and the variants
 * ({@code EXT-X-STREAM-INF} and their URI). Attributes are kept as written, in order, so that what is read back is
 * what the file says.
 */
public final class MasterPlaylist {

    /** Attributes whose values are quoted strings (RFC 8216, 4.3.4.1 and 4.3.4.2); the others are written bare. */
    private static final Set<String> QUOTED = Set.of("GROUP-ID", "NAME", "LANGUAGE", "ASSOC-LANGUAGE", "CHANNELS",
            "URI", "CODECS", "AUDIO", "VIDEO", "SUBTITLES", "CLOSED-CAPTIONS", "INSTREAM-ID", "CHARACTERISTICS");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Z0-9-]+)=(\"[^\"]*\"|[^,]*)");

    /** An {@code EXT-X-MEDIA} rendition, e.g. the audio every variant plays with. */
    public record Media(Map<String, String> attributes) {
        public String attribute(String name) {
            return attributes.get(name);
        }
    }

    /** An {@code EXT-X-STREAM-INF} variant and the URI of its media playlist. */
    public record Variant(Map<String, String> attributes, String uri) {
        public String attribute(String name) {
            return attributes.get(name);
        }
    }

    public record Content(List<Media> media, List<Variant> variants) {
    }

    private MasterPlaylist() {
    }

    public static Content parse(String text) {
        List<Media> media = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        Map<String, String> pending = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.startsWith("#EXT-X-MEDIA:")) {
                media.add(new Media(attributes(line)));
            } else if (line.startsWith("#EXT-X-STREAM-INF:")) {
                pending = attributes(line);
            } else if (pending != null && !line.isEmpty() && !line.startsWith("#")) {
                variants.add(new Variant(pending, line));
                pending = null;
            }
        }
        return new Content(List.copyOf(media), List.copyOf(variants));
    }

    static String write(Content content) {
        StringBuilder text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (Media m : content.media()) {
            text.append("#EXT-X-MEDIA:").append(attributeList(m.attributes())).append('\n');
        }
        for (Variant v : content.variants()) {
            text.append("#EXT-X-STREAM-INF:").append(attributeList(v.attributes())).append('\n')
                    .append(v.uri()).append('\n');
        }
        return text.toString();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag.substring(tag.indexOf(':') + 1));
        while (m.find()) {
            String value = m.group(2);
            attributes.put(m.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
        }
        return attributes;
    }

    private static String attributeList(Map<String, String> attributes) {
        return attributes.entrySet().stream()
                .map(e -> e.getKey() + "=" + (QUOTED.contains(e.getKey()) ? '"' + e.getValue() + '"' : e.getValue()))
                .collect(Collectors.joining(","));
    }
}
