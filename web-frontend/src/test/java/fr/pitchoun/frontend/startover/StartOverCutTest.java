package fr.pitchoun.frontend.startover;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cut of the worker's start-over playlists (src/test/resources/startover: a real transcode-worker output, 41
 * segments of 2 s from 15:37:13.132Z with 13 discontinuities, a test channel switching between slate and live).
 */
class StartOverCutTest {

    private static final String FOLDER = "http://localhost:8088/hls/pitchoun-tv/";
    private static final String SIGNATURE = "?jeton=AAAAAAAAAAAAAAAAAAAAAA&expire=1795591234";

    @Test
    void cutsAtTheSegmentPlayingAtTheSlotsStart() {
        WorkerPlaylist worker = WorkerPlaylist.parse(resource("720p.startover.m3u8"));
        assertEquals(41, worker.segments().size());
        assertEquals(898156113L, worker.mediaSequence());

        // 15:37:40 falls in 898156126 (15:37:39.132 + 2 s), which carries a discontinuity; two are cut off before it.
        WorkerPlaylist cut = StartOverCut.from(worker, Optional.of(Instant.parse("2026-12-03T15:37:40Z")));
        assertEquals(898156126L, cut.mediaSequence());
        assertEquals(2L, cut.discontinuitySequence());
        assertEquals(28, cut.segments().size());
        assertEquals("720p_898156126.ts", cut.segments().get(0).uri());
        assertTrue(cut.segments().get(0).discontinuity(), "the first kept segment keeps its discontinuity");
        assertEquals(worker.segments().get(40), cut.segments().get(27), "up to the live edge");

        String served = StartOverCut.write(cut, FOLDER, SIGNATURE);
        List<String> lines = served.lines().toList();
        assertEquals(List.of("#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:2",
                "#EXT-X-MEDIA-SEQUENCE:898156126", "#EXT-X-DISCONTINUITY-SEQUENCE:2", "#EXT-X-PLAYLIST-TYPE:EVENT",
                "#EXT-X-INDEPENDENT-SEGMENTS", "#EXT-X-DISCONTINUITY",
                "#EXT-X-PROGRAM-DATE-TIME:2026-12-03T15:37:39.132Z", "#EXTINF:2.000,", FOLDER + "720p_898156126.ts" + SIGNATURE),
                lines.subList(0, 11));
        assertFalse(served.contains("#EXT-X-ENDLIST"), "it grows to the live edge");
        assertEquals(28, lines.stream().filter(line -> line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")).count(),
                "every segment keeps its program date");
        assertTrue(lines.stream().filter(line -> !line.startsWith("#")).allMatch(line -> line.startsWith(FOLDER) && line.endsWith(SIGNATURE)));

        // What a player reads back: the same segments, numbers, dates and discontinuities.
        WorkerPlaylist read = WorkerPlaylist.parse(served);
        assertEquals(cut.mediaSequence(), read.mediaSequence());
        assertEquals(cut.discontinuitySequence(), read.discontinuitySequence());
        for (int i = 0; i < cut.segments().size(); i++) {
            assertEquals(cut.segments().get(i).sequence(), read.segments().get(i).sequence());
            assertEquals(cut.segments().get(i).programDate(), read.segments().get(i).programDate());
            assertEquals(cut.segments().get(i).discontinuity(), read.segments().get(i).discontinuity());
            assertEquals(FOLDER + cut.segments().get(i).uri() + SIGNATURE, read.segments().get(i).uri());
        }
    }

    @Test
    void theAudioRenditionIsCutAtTheSameSlot() {
        Optional<Instant> slot = Optional.of(Instant.parse("2026-12-03T15:38:00Z"));
        WorkerPlaylist video = StartOverCut.from(WorkerPlaylist.parse(resource("720p.startover.m3u8")), slot);
        WorkerPlaylist audio = StartOverCut.from(WorkerPlaylist.parse(resource("audio.startover.m3u8")), slot);
        assertEquals(video.mediaSequence(), audio.mediaSequence());
        assertEquals(video.discontinuitySequence(), audio.discontinuitySequence());
        assertEquals("audio_" + video.mediaSequence() + ".ts", audio.segments().get(0).uri());
    }

    @Test
    void aSlotOlderThanTheKeptSegmentsOrNoSlotGivesTheWholeWindow() {
        WorkerPlaylist worker = WorkerPlaylist.parse(resource("720p.startover.m3u8"));
        for (Optional<Instant> slot : List.of(Optional.of(Instant.parse("2026-12-03T14:00:00Z")),
                Optional.<Instant>empty())) {
            WorkerPlaylist cut = StartOverCut.from(worker, slot);
            assertEquals(898156113L, cut.mediaSequence());
            assertEquals(0L, cut.discontinuitySequence());
            assertEquals(41, cut.segments().size());
        }
    }

    @Test
    void aSlotStartingAfterTheNewestSegmentStartsAtTheLiveEdge() {
        WorkerPlaylist worker = WorkerPlaylist.parse(resource("720p.startover.m3u8"));
        WorkerPlaylist cut = StartOverCut.from(worker, Optional.of(Instant.parse("2026-12-03T15:38:40Z")));
        assertEquals(List.of(worker.segments().get(40)), cut.segments());
        assertEquals(13L, cut.discontinuitySequence(), "every discontinuity is before it");
    }

    @Test
    void datesMissingOnASegmentFollowOnFromTheOneBeforeAndOffsetsAreRead() {
        WorkerPlaylist playlist = WorkerPlaylist.parse("""
                #EXTM3U
                #EXT-X-VERSION:7
                #EXT-X-TARGETDURATION:2
                #EXT-X-MEDIA-SEQUENCE:10
                #EXT-X-MAP:URI="init.mp4"
                #EXT-X-PROGRAM-DATE-TIME:2026-12-03T16:00:00.000+01:00
                #EXTINF:2.000,
                a.m4s
                #EXTINF:1.500,
                b.m4s
                """);
        assertEquals(Instant.parse("2026-12-03T15:00:00Z"), playlist.segments().get(0).programDate());
        assertEquals(Instant.parse("2026-12-03T15:00:02Z"), playlist.segments().get(1).programDate());
        String served = StartOverCut.write(StartOverCut.from(playlist,
                Optional.of(Instant.parse("2026-12-03T15:00:02.500Z"))), FOLDER, SIGNATURE);
        assertTrue(served.contains("#EXT-X-MAP:URI=\"" + FOLDER + "init.mp4" + SIGNATURE + "\"\n"
                + "#EXT-X-PROGRAM-DATE-TIME:2026-12-03T15:00:02Z\n#EXTINF:1.500,\n" + FOLDER + "b.m4s" + SIGNATURE + "\n"),
                served);
    }

    /**
     * The default window, 3 h of 2 s segments (5,400, in the worker's format, one discontinuity an hour), parsed, cut
     * and written as the site does once a second per rendition: the time it takes is printed.
     */
    @Test
    void threeHoursOfSegmentsAreCutInMilliseconds() {
        Instant first = Instant.parse("2026-12-03T12:00:00.034Z");
        StringBuilder text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n"
                + "#EXT-X-MEDIA-SEQUENCE:898150000\n#EXT-X-DISCONTINUITY-SEQUENCE:4\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (int i = 0; i < 5400; i++) {
            text.append(i % 1800 == 0 ? "#EXT-X-DISCONTINUITY\n" : "").append("#EXT-X-PROGRAM-DATE-TIME:")
                    .append(first.plusSeconds(2L * i)).append("\n#EXTINF:2.000,\n1080p_").append(898150000 + i)
                    .append(".ts\n");
        }
        String worker = text.toString();
        Optional<Instant> slot = Optional.of(Instant.parse("2026-12-03T13:30:00Z"));
        long best = Long.MAX_VALUE;
        String served = "";
        for (int round = 0; round < 20; round++) {
            long start = System.nanoTime();
            served = StartOverCut.write(StartOverCut.from(WorkerPlaylist.parse(worker), slot), FOLDER, SIGNATURE);
            best = Math.min(best, System.nanoTime() - start);
        }
        WorkerPlaylist read = WorkerPlaylist.parse(served);
        assertEquals(898150000L + 2699, read.mediaSequence(), "13:30:00 is in the segment of 13:29:58.034");
        assertEquals(6L, read.discontinuitySequence());
        assertEquals(5400 - 2699, read.segments().size());
        System.out.printf("start-over: 5,400 segments (%d KB) parsed, cut and written in %.1f ms (best of 20)%n",
                worker.length() / 1024, best / 1e6);
        assertTrue(Duration.ofNanos(best).toMillis() < 500, "well under the second a playlist is kept");
    }

    static String resource(String name) {
        try (InputStream in = StartOverCutTest.class.getResourceAsStream("/startover/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
