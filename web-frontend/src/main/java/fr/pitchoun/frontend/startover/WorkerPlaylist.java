package fr.pitchoun.frontend.startover;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A media playlist as transcode-worker writes its start-over form ({@code <name>.startover.m3u8}, RFC 8216): only
 * the lines the cut needs are read (VERSION, TARGETDURATION, MEDIA-SEQUENCE, DISCONTINUITY-SEQUENCE,
 * INDEPENDENT-SEGMENTS, and per segment DISCONTINUITY, PROGRAM-DATE-TIME, EXTINF, MAP); other tags are left out.
 */
record WorkerPlaylist(int version, long targetDuration, long mediaSequence, long discontinuitySequence,
                      boolean independentSegments, List<Segment> segments) {

    /**
     * A listed segment: {@code extinf} is its EXTINF value as written (duration and title), {@code programDate} the
     * wall-clock instant of its first frame (given, or the one before plus its duration; null when none is known),
     * {@code programDateText} that date as the worker wrote it (null when it was derived), {@code map} the URI of the
     * EXT-X-MAP in force (null for MPEG-TS).
     */
    record Segment(long sequence, String uri, String extinf, double duration, boolean discontinuity,
                   Instant programDate, String programDateText, String map) {

        /** Whether the segment still plays at {@code instant} or later. */
        boolean endsAfter(Instant instant) {
            return programDate != null && programDate.plusMillis(Math.round(duration * 1000)).isAfter(instant);
        }
    }

    static WorkerPlaylist parse(String text) {
        int version = 3;
        long targetDuration = 0;
        long mediaSequence = 0;
        long discontinuitySequence = 0;
        boolean independent = false;
        List<Segment> segments = new ArrayList<>();
        String extinf = null;
        boolean discontinuity = false;
        Instant programDate = null;
        String programDateText = null;
        String map = null;
        Segment previous = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.charAt(0) != '#') {
                double duration = duration(extinf);
                Instant date = programDate != null ? programDate : previous == null || previous.programDate() == null
                        ? null : previous.programDate().plusMillis(Math.round(previous.duration() * 1000));
                previous = new Segment(mediaSequence + segments.size(), line, extinf == null ? "0," : extinf,
                        duration, discontinuity, date, programDateText, map);
                segments.add(previous);
                extinf = null;
                discontinuity = false;
                programDate = null;
                programDateText = null;
            } else if (line.startsWith("#EXTINF:")) {
                extinf = value(line);
            } else if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                programDateText = value(line);
                programDate = instant(programDateText);
            } else if (line.equals("#EXT-X-DISCONTINUITY")) {
                discontinuity = true;
            } else if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
                mediaSequence = Long.parseLong(value(line));
            } else if (line.startsWith("#EXT-X-DISCONTINUITY-SEQUENCE:")) {
                discontinuitySequence = Long.parseLong(value(line));
            } else if (line.startsWith("#EXT-X-TARGETDURATION:")) {
                targetDuration = Long.parseLong(value(line));
            } else if (line.startsWith("#EXT-X-VERSION:")) {
                version = Integer.parseInt(value(line));
            } else if (line.equals("#EXT-X-INDEPENDENT-SEGMENTS")) {
                independent = true;
            } else if (line.startsWith("#EXT-X-MAP:")) {
                map = uriAttribute(line);
            }
        }
        return new WorkerPlaylist(version, targetDuration, mediaSequence, discontinuitySequence, independent,
                List.copyOf(segments));
    }

    /** The {@code URI="…"} attribute of a tag, null when it has none. */
    static String uriAttribute(String tag) {
        int start = tag.indexOf("URI=\"");
        if (start < 0) {
            return null;
        }
        int end = tag.indexOf('"', start + 5);
        return end < 0 ? null : tag.substring(start + 5, end);
    }

    private static String value(String tag) {
        return tag.substring(tag.indexOf(':') + 1).strip();
    }

    private static double duration(String extinf) {
        if (extinf == null) {
            return 0;
        }
        int comma = extinf.indexOf(',');
        try {
            return Double.parseDouble(comma < 0 ? extinf : extinf.substring(0, comma));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A date as the worker writes it ("2026-12-03T15:37:13.132Z"), read by hand: the formatter's parse was most of
     * the time a 3-hour playlist took; any other form (an offset, other digits) goes to the formatter. Null when
     * unreadable.
     */
    private static Instant instant(String text) {
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(23) == 'Z') {
            try {
                long day = LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)).toEpochDay();
                long second = day * 86_400 + number(text, 11, 13) * 3600L + number(text, 14, 16) * 60L
                        + number(text, 17, 19);
                return Instant.ofEpochSecond(second, number(text, 20, 23) * 1_000_000L);
            } catch (NumberFormatException | DateTimeException e) {
                // Not the worker's form after all: the formatter says.
            }
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
