package fr.pitchoun.transcode.hls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes HLS media playlists (RFC 8216): those FFmpeg writes in its staging folder, those this worker
 * publishes, and, in the tests, those a player fetches. The one m3u8 media-playlist parser of the repository.
 */
public final class MediaPlaylist {

    /**
     * A listed segment; {@code sequence} is its media sequence number, {@code programDate} the wall-clock instant of
     * its first frame ({@code EXT-X-PROGRAM-DATE-TIME}), null where the playlist does not say.
     */
    public record Segment(long sequence, String uri, double duration, boolean discontinuity, Instant programDate) {
    }

    /** Milliseconds always written, offset as Z: what players and XMLTV-minded tools parse alike. */
    private static final DateTimeFormatter PROGRAM_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    /** What a media playlist says: its media sequence, its segments in order and its discontinuity sequence. */
    public record Content(long mediaSequence, List<Segment> segments, long discontinuitySequence) {
    }

    private MediaPlaylist() {
    }

    /** The playlist's content; empty if the file does not exist (yet). */
    public static Content read(Path playlist) throws IOException {
        try {
            return parse(Files.readAllLines(playlist));
        } catch (NoSuchFileException e) {
            return new Content(0, List.of(), 0);
        }
    }

    /** The content of a playlist's text, e.g. as fetched over HTTP. */
    public static Content parse(String text) {
        return parse(text.lines().toList());
    }

    static Content parse(List<String> lines) {
        List<Segment> segments = new ArrayList<>();
        long first = 0;
        long sequence = 0;
        long discontinuitySequence = 0;
        double duration = 0;
        boolean discontinuity = false;
        Instant programDate = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
                first = Long.parseLong(value(line));
                sequence = first;
            } else if (line.startsWith("#EXT-X-DISCONTINUITY-SEQUENCE:")) {
                discontinuitySequence = Long.parseLong(value(line));
            } else if (line.equals("#EXT-X-DISCONTINUITY")) {
                discontinuity = true;
            } else if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                programDate = OffsetDateTime.parse(value(line)).toInstant();
            } else if (line.startsWith("#EXTINF:")) {
                String value = value(line);
                int comma = value.indexOf(',');
                duration = Double.parseDouble(comma < 0 ? value : value.substring(0, comma));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                segments.add(new Segment(sequence++, line, duration, discontinuity, programDate));
                discontinuity = false;
                programDate = null;
            }
        }
        return new Content(first, List.copyOf(segments), discontinuitySequence);
    }

    private static String value(String tag) {
        return tag.substring(tag.indexOf(':') + 1).strip();
    }

    /** A live media playlist (no end tag), as this worker publishes it. */
    static String write(List<Segment> segments, long discontinuitySequence, int segmentSeconds) {
        double longest = segments.stream().mapToDouble(Segment::duration).max().orElse(segmentSeconds);
        StringBuilder text = new StringBuilder(header(segments.isEmpty() ? 0 : segments.get(0).sequence(),
                discontinuitySequence, Math.max(segmentSeconds, Math.round(longest))));
        segments.forEach(segment -> text.append(entry(segment)));
        return text.toString();
    }

    /** What comes before the segments. */
    static String header(long mediaSequence, long discontinuitySequence, long targetDuration) {
        return "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:" + targetDuration + "\n#EXT-X-MEDIA-SEQUENCE:"
                + mediaSequence + "\n#EXT-X-DISCONTINUITY-SEQUENCE:" + discontinuitySequence
                + "\n#EXT-X-INDEPENDENT-SEGMENTS\n";
    }

    /**
     * A segment's lines. Written once per segment and kept by whoever lists it for hours (start-over), so a long
     * playlist costs a copy, not a formatting of every line at every slot.
     */
    static String entry(Segment segment) {
        StringBuilder text = new StringBuilder(96);
        if (segment.discontinuity()) {
            text.append("#EXT-X-DISCONTINUITY\n");
        }
        if (segment.programDate() != null) {
            text.append("#EXT-X-PROGRAM-DATE-TIME:").append(PROGRAM_DATE.format(segment.programDate())).append('\n');
        }
        return text.append(String.format(Locale.ROOT, "#EXTINF:%.3f,%n", segment.duration())).append(segment.uri())
                .append('\n').toString();
    }
}
