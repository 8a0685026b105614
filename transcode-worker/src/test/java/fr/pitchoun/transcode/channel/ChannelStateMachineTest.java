package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.TestSettings;
import fr.pitchoun.transcode.ffmpeg.LadderCommand;
import fr.pitchoun.transcode.ffmpeg.Rendition;
import fr.pitchoun.transcode.ffmpeg.Source;
import fr.pitchoun.transcode.hls.MediaPlaylist;
import fr.pitchoun.transcode.slate.SlateLoop;
import fr.pitchoun.transcode.state.ChannelState;
import fr.pitchoun.transcode.state.TranscodeStateChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The channel's state machine without Quarkus, Kafka or FFmpeg: a fake FFmpeg writes the staging output, the test's
 * clock decides when segments are late and restarts are due, and the test runs the channel's steps.
 */
class ChannelStateMachineTest {

    private static final String CHANNEL = "pitchoun-tv";
    private static final String FEED = "rtmp://127.0.0.1:1935/live/pitchoun-tv";
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final ChannelSettings SETTINGS = ChannelSettings.of(TestSettings.defaults());

    @TempDir
    Path hls;

    private final FakeFfmpeg ffmpeg = new FakeFfmpeg();
    private final List<TranscodeStateChange> changes = new CopyOnWriteArrayList<>();
    private final List<List<String>> slatesMade = new ArrayList<>();
    private final List<String> stills = new CopyOnWriteArrayList<>();
    private ManualLoop loop;
    private ChannelStateMachine machine;

    @BeforeEach
    void openTheChannel() throws Exception {
        loop = new ManualLoop(START);
        machine = newMachine(loop);
        machine.open();
        loop.drain();
    }

    @Test
    void aFeedGoesLiveAtItsFirstSegment() throws Exception {
        machine.publishing("e1", FEED, START);
        loop.drain();
        assertEquals(ChannelState.STARTING, machine.status().state());
        assertEquals(1, ffmpeg.runs.size(), "FFmpeg started once the feed was measured");
        assertEquals(FEED, ffmpeg.last().input());
        assertEquals(List.of("audio", "480p"), ffmpeg.last().streams(), "an 854x480 feed: the 480p rendition alone");

        ffmpeg.last().segment(0);
        tick(Duration.ofMillis(100));
        ChannelStatus live = machine.status();
        assertEquals(ChannelState.LIVE, live.state());
        assertEquals(List.of("480p"), live.renditions());
        assertEquals(ffmpeg.last().pid(), live.ffmpegPid());
        assertEquals(List.of(true), discontinuities("480p"), "the first live slot starts with a discontinuity");
        assertEquals(List.of(true), discontinuities("audio"));
        assertEquals(List.of(ChannelState.SLATE, ChannelState.STARTING, ChannelState.LIVE), states());
        assertFalse(Files.exists(ffmpeg.last().staging().resolve("480p_0.ts")), "moved out of FFmpeg's staging");
    }

    @Test
    void theStillIsRenewedEveryTenSecondsFromTheNewestPublishedSegment() throws Exception {
        goLive("e1", START);
        machine.unpublished("e2", loop.clock.instant());
        for (int i = 0; i < 22; i++) {
            tick(Duration.ofSeconds(1));
        }
        assertEquals(3, stills.size(), "at the first live slot, then every 10 s on the slate: " + stills);
        List<Long> slots = stills.stream()
                .map(name -> Long.parseLong(name.substring(name.indexOf('_') + 1, name.indexOf('.')))).toList();
        assertTrue(stills.get(0).startsWith("480p_"), "from the public segment, not FFmpeg's staging copy");
        assertEquals(List.of(slots.get(0), slots.get(0) + 5, slots.get(0) + 10), slots,
                "the newest slot each time, five 2-s slots apart: " + stills);
    }

    @Test
    void aDroppedFeedStopsFfmpegAndTheSlateTakesTheNextSlot() throws Exception {
        goLive("e1", START);
        FakeFfmpeg.Run run = ffmpeg.last();
        machine.unpublished("e2", loop.clock.instant());
        loop.drain();
        assertTrue(run.terminated, "FFmpeg got SIGTERM");
        assertFalse(Files.exists(run.staging()), "its staging folder is gone");
        assertEquals(ChannelState.SLATE, machine.status().state());
        assertEquals("feed stopped", machine.status().reason());
        assertNull(machine.status().ffmpegPid());

        tick(Duration.ofMillis(1900));
        assertEquals(List.of(true), discontinuities("480p"), "not yet: the slot of the live segment is not over");
        tick(Duration.ofMillis(200));
        assertEquals(List.of(true, true), discontinuities("480p"), "the slate, after a discontinuity");
        assertEquals(List.of(true, true), discontinuities("audio"), "in the audio too");
        assertEquals(1, ffmpeg.runs.size(), "no restart without a feed");
    }

    @Test
    void aReconnectedFeedGoesLiveAgainAfterADiscontinuity() throws Exception {
        goLive("e1", START);
        machine.unpublished("e2", loop.clock.instant());
        tick(Duration.ofSeconds(3));
        machine.publishing("e3", FEED, loop.clock.instant());
        loop.drain();
        assertEquals(2, ffmpeg.runs.size());
        assertEquals(ChannelState.STARTING, machine.status().state());
        ffmpeg.last().segment(0);
        tick(Duration.ofMillis(100));
        assertEquals(ChannelState.LIVE, machine.status().state());
        assertEquals(List.of(true, true, true), discontinuities("480p"), "live, slate, live again");
        List<Long> sequences = MediaPlaylist.read(hls.resolve(CHANNEL).resolve("480p.m3u8")).segments().stream()
                .map(MediaPlaylist.Segment::sequence).toList();
        assertEquals(List.of(sequences.get(0), sequences.get(0) + 1, sequences.get(0) + 2), sequences,
                "every slot has the next number");
        assertEquals(List.of(ChannelState.SLATE, ChannelState.STARTING, ChannelState.LIVE, ChannelState.SLATE,
                ChannelState.STARTING, ChannelState.LIVE), states());
    }

    @Test
    void aCrashedFfmpegIsRestartedAfter1Then2Then4SecondsAndShowsFailedAfterThree() throws Exception {
        ffmpeg.stderr = "rtmp://127.0.0.1:1935/live/pitchoun-tv: Connection refused\n";
        goLive("e1", START);
        ffmpeg.last().exits(1);
        loop.drain();
        assertEquals(ChannelState.SLATE, machine.status().state());
        assertEquals("rtmp://127.0.0.1:1935/live/pitchoun-tv: Connection refused", machine.status().reason(),
                "FFmpeg's last error line");

        tick(Duration.ofMillis(900));
        assertEquals(1, ffmpeg.runs.size(), "not before 1 s");
        tick(Duration.ofMillis(100));
        assertEquals(2, ffmpeg.runs.size(), "restarted after 1 s");
        assertEquals(1, machine.status().restarts());
        ffmpeg.last().exits(1);
        loop.drain();
        tick(Duration.ofMillis(1900));
        assertEquals(2, ffmpeg.runs.size(), "the second wait is 2 s");
        tick(Duration.ofMillis(100));
        assertEquals(3, ffmpeg.runs.size());
        ffmpeg.last().exits(1);
        loop.drain();
        assertEquals(ChannelState.FAILED, machine.status().state(), "three failures in a row");
        tick(Duration.ofMillis(3900));
        assertEquals(3, ffmpeg.runs.size(), "the third wait is 4 s");
        tick(Duration.ofMillis(100));
        assertEquals(4, ffmpeg.runs.size());
        assertEquals(ChannelState.FAILED, machine.status().state(), "FAILED stays shown while restarting");

        ffmpeg.last().segment(0);
        tick(Duration.ofMillis(100));
        assertEquals(ChannelState.LIVE, machine.status().state(), "until the feed is back");
        assertEquals(3, machine.status().restarts());
    }

    @Test
    void anFfmpegThatStopsWritingSegmentsIsKilledAndReplaced() throws Exception {
        goLive("e1", START);
        FakeFfmpeg.Run stuck = ffmpeg.last();
        tick(Duration.ofSeconds(6));
        assertFalse(stuck.killed, "3 segment durations without a segment are allowed");
        tick(Duration.ofMillis(100));
        assertTrue(stuck.killed, "then SIGKILL");
        assertEquals(ChannelState.SLATE, machine.status().state());
        assertEquals("FFmpeg stalled: no segment for 6 s", machine.status().reason());
        tick(Duration.ofSeconds(1));
        assertEquals(2, ffmpeg.runs.size(), "replaced after 1 s");
    }

    @Test
    void aFirstSegmentMayTakeTwoSegmentDurationsLonger() throws Exception {
        machine.publishing("e1", FEED, START);
        loop.drain();
        tick(Duration.ofSeconds(10));
        assertFalse(ffmpeg.last().killed, "connecting and filling the encoders: 5 segment durations");
        tick(Duration.ofMillis(100));
        assertTrue(ffmpeg.last().killed);
        assertEquals("FFmpeg stalled: no segment for 10 s", machine.status().reason());
    }

    @Test
    void repeatedAndOutdatedEventsChangeNothing() throws Exception {
        Instant at = START.plusSeconds(10);
        goLive("e1", at);
        machine.publishing("e1", FEED, at.plusSeconds(5));
        machine.unpublished("e0", at.minusSeconds(5));
        machine.publishing("e2", FEED, at);
        loop.drain();
        assertEquals(1, ffmpeg.runs.size(), "the same event again, an older one, the same publication: ignored");
        assertTrue(ffmpeg.last().alive());
        assertEquals(ChannelState.LIVE, machine.status().state());

        machine.publishing("e3", FEED, at.plusSeconds(5));
        loop.drain();
        assertEquals(2, ffmpeg.runs.size(), "a newer publication of the same feed restarts FFmpeg");
        assertTrue(ffmpeg.runs.get(0).terminated);
    }

    @Test
    void aChannelOfTheListWithoutFeedGetsTheSlateOnTheWholeLadder() throws Exception {
        machine.register("Pitchoun TV", null);
        tick(Duration.ofMillis(100));
        assertEquals(List.of(List.of("1080p", "720p", "480p")), slatesMade);
        assertEquals(List.of("1080p", "720p", "480p"), machine.status().renditions());
        tick(Duration.ofMillis(100));
        for (String playlist : List.of("1080p", "720p", "480p", "audio")) {
            assertEquals(List.of(true), discontinuities(playlist), playlist + ": the slate from the start");
        }
        assertEquals(0, ffmpeg.runs.size());
    }

    @Test
    void aNewOwnerGoesOnFromThePlaylistsThePreviousOneLeft() throws Exception {
        // The partition's first owner adopts the channel from live-ingest-service's list: live since START.
        machine.register("Pitchoun TV", null);
        machine.publishing(null, FEED, START);
        loop.drain();
        ffmpeg.last().segment(0);
        tick(Duration.ofMillis(100));
        ffmpeg.last().segment(1);
        tick(Duration.ofSeconds(2));
        long last = lastSequence("480p");

        // Revoked: FFmpeg stops, the files stay, the channel says nothing more.
        FakeFfmpeg.Run first = ffmpeg.last();
        machine.close().join();
        assertTrue(first.terminated);
        int said = changes.size();
        tick(Duration.ofSeconds(5));
        assertEquals(said, changes.size());
        assertEquals(last, lastSequence("480p"), "the old owner's playlists no longer move");

        // The next owner adopts it from the same list and goes on where the playlists stop.
        ManualLoop next = new ManualLoop(loop.clock.instant());
        ChannelStateMachine successor = newMachine(next);
        successor.open();
        successor.register("Pitchoun TV", null);
        successor.publishing(null, FEED, START);
        next.drain();
        ffmpeg.last().segment(0);
        next.advance(Duration.ofMillis(100));
        successor.tick();
        List<MediaPlaylist.Segment> segments = MediaPlaylist.read(hls.resolve(CHANNEL).resolve("480p.m3u8")).segments();
        MediaPlaylist.Segment resumed = segments.get(segments.size() - 1);
        assertEquals(last + 1, resumed.sequence(), "the next number");
        assertTrue(resumed.discontinuity(), "another encoder's timestamps: a discontinuity");
        assertEquals(ChannelState.LIVE, successor.status().state());
    }

    private ChannelStateMachine newMachine(ManualLoop on) {
        ChannelTools tools = new ChannelTools(new LadderCommand(TestSettings.defaults()),
                url -> new Source(854, 480, 25, true), this::slate, ffmpeg, on.clock, changes::add,
                (segment, still) -> stills.add(segment.getFileName().toString()));
        return new ChannelStateMachine(CHANNEL, hls, SETTINGS, tools, on);
    }

    /** A slate loop of three 2-s segments per rendition and for the audio, as the encoder would leave it. */
    private SlateLoop slate(Path workDir, String name, String picture, List<Rendition> renditions) throws IOException {
        slatesMade.add(renditions.stream().map(Rendition::name).toList());
        Path dir = Files.createDirectories(workDir.resolve("slate"));
        Map<String, List<Path>> segments = new LinkedHashMap<>();
        List<String> streams = new ArrayList<>(renditions.stream().map(Rendition::name).toList());
        streams.add("audio");
        for (String stream : streams) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                files.add(Files.writeString(dir.resolve(stream + "_" + i + ".ts"), "slate " + stream + " " + i));
            }
            segments.put(stream, files);
        }
        return new SlateLoop(segments, List.of(2.0, 2.0, 2.0));
    }

    /** Publishes the feed and lets its first segment through. */
    private void goLive(String eventId, Instant at) throws Exception {
        machine.publishing(eventId, FEED, at);
        loop.drain();
        ffmpeg.last().segment(0);
        tick(Duration.ofMillis(100));
        assertEquals(ChannelState.LIVE, machine.status().state());
    }

    /** Time passes, then the channel's tick runs, as every 100 ms on its thread. */
    private void tick(Duration by) throws Exception {
        loop.advance(by);
        machine.tick();
        loop.drain();
    }

    private List<Boolean> discontinuities(String playlist) throws IOException {
        return MediaPlaylist.read(hls.resolve(CHANNEL).resolve(playlist + ".m3u8")).segments().stream()
                .map(MediaPlaylist.Segment::discontinuity).toList();
    }

    private long lastSequence(String playlist) throws IOException {
        List<MediaPlaylist.Segment> segments = MediaPlaylist.read(hls.resolve(CHANNEL).resolve(playlist + ".m3u8"))
                .segments();
        return segments.get(segments.size() - 1).sequence();
    }

    private List<ChannelState> states() {
        return changes.stream().map(TranscodeStateChange::state).toList();
    }
}
