package fr.pitchoun.transcode.ffmpeg;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of the ladder as configured: {@code 720p:2800} is 720 lines at 2800 kbit/s. Its name ({@code 720p}) names
 * the public playlist and segments.
 */
public record Rendition(String name, int height, int videoKbps) {

    private static final Pattern SPEC = Pattern.compile("\\s*(\\d{3,4})p\\s*:\\s*(\\d{2,6})\\s*");

    public static Rendition parse(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("rendition '" + spec + "' is not <height>p:<video kbit/s>, e.g. 720p:2800");
        }
        int height = Integer.parseInt(m.group(1));
        if (height % 2 != 0) {
            throw new IllegalArgumentException("rendition '" + spec + "': H.264 4:2:0 needs an even height");
        }
        return new Rendition(height + "p", height, Integer.parseInt(m.group(2)));
    }

    /** The configured ladder, highest first. */
    public static List<Rendition> ladder(List<String> specs) {
        return specs.stream().map(Rendition::parse)
                .sorted((a, b) -> Integer.compare(b.height, a.height))
                .toList();
    }

    /** Peak rate: 7 % above the target leaves x264 room on hard scenes while players can still plan on it. */
    public int maxrateKbps() {
        return videoKbps * 107 / 100;
    }

    /** 1.5 s of peak rate: smooth enough for the encoder, small enough for a 2-s segment cadence. */
    public int bufsizeKbps() {
        return videoKbps * 3 / 2;
    }

    /** The renditions a source of this height gets: never upscaled, and at least one. */
    public static List<Variant> forSource(List<Rendition> ladder, int sourceWidth, int sourceHeight, double fps) {
        List<Variant> fitting = ladder.stream().filter(r -> r.height <= sourceHeight)
                .map(r -> Variant.of(r, sourceWidth, sourceHeight, r.height, fps))
                .toList();
        if (!fitting.isEmpty()) {
            return fitting;
        }
        Rendition smallest = ladder.get(ladder.size() - 1);
        return List.of(Variant.of(smallest, sourceWidth, sourceHeight, sourceHeight - sourceHeight % 2, fps));
    }
}
