package fr.pitchoun.transcode.hls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the media playlists FFmpeg and this worker write: the segments listed, with duration and discontinuity. */
public final class MediaPlaylist {

    /** A listed segment; {@code sequence} is its media sequence number. */
    public record Segment(long sequence, String uri, double duration, boolean discontinuity) {
    }

    /** What a media playlist says: its segments in order and its discontinuity sequence. */
    public record Content(List<Segment> segments, long discontinuitySequence) {
    }

    private MediaPlaylist() {
    }

    /** The playlist's content; empty if the file does not exist (yet). */
    public static Content read(Path playlist) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(playlist);
        } catch (java.nio.file.NoSuchFileException e) {
            return new Content(List.of(), 0);
        }
        return parse(lines);
    }

    static Content parse(List<String> lines) {
        List<Segment> segments = new ArrayList<>();
        long sequence = 0;
        long discontinuitySequence = 0;
        double duration = 0;
        boolean discontinuity = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
                sequence = Long.parseLong(line.substring(line.indexOf(':') + 1));
            } else if (line.startsWith("#EXT-X-DISCONTINUITY-SEQUENCE:")) {
                discontinuitySequence = Long.parseLong(line.substring(line.indexOf(':') + 1));
            } else if (line.equals("#EXT-X-DISCONTINUITY")) {
                discontinuity = true;
            } else if (line.startsWith("#EXTINF:")) {
                String value = line.substring(8);
                int comma = value.indexOf(',');
                duration = Double.parseDouble(comma < 0 ? value : value.substring(0, comma));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                segments.add(new Segment(sequence++, line, duration, discontinuity));
                discontinuity = false;
            }
        }
        return new Content(List.copyOf(segments), discontinuitySequence);
    }

    /** Writes a live media playlist (no end tag) to a temporary file moved into place, so no reader sees half of it. */
    static void write(Path playlist, List<Segment> segments, long discontinuitySequence, int segmentSeconds)
            throws IOException {
        double longest = segments.stream().mapToDouble(Segment::duration).max().orElse(segmentSeconds);
        StringBuilder text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n")
                .append("#EXT-X-TARGETDURATION:").append(Math.max(segmentSeconds, Math.round(longest))).append('\n')
                .append("#EXT-X-MEDIA-SEQUENCE:").append(segments.isEmpty() ? 0 : segments.get(0).sequence()).append('\n')
                .append("#EXT-X-DISCONTINUITY-SEQUENCE:").append(discontinuitySequence).append('\n')
                .append("#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (Segment segment : segments) {
            if (segment.discontinuity()) {
                text.append("#EXT-X-DISCONTINUITY\n");
            }
            text.append(String.format(Locale.ROOT, "#EXTINF:%.3f,%n", segment.duration())).append(segment.uri())
                    .append('\n');
        }
        PublicFiles.writeAtomically(playlist, text.toString());
    }
}
