package fr.pitchoun.transcode.hls;

import fr.pitchoun.transcode.ffmpeg.Rendition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelPlaylistsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T14:00:00Z");

    @TempDir
    Path work;

    @Test
    void programDatesFollowOnAcrossSwitchesAndANewOwner() throws IOException {
        Path dir = work.resolve("chan");
        ChannelPlaylists playlists = new ChannelPlaylists(dir, 6, 2, 12);
        playlists.resume(List.of("480p"));
        playlists.add("480p");
        Path live = segment("live.ts");
        Map<String, Path> slot = Map.of("480p", live, "audio", live);
        playlists.append(slot, 2.0, true, NOW);
        playlists.append(slot, 1.96, false, NOW.plusMillis(2100));
        // The feed drops: the slate's first slot is published 3.5 s after the last live one, and live comes back.
        playlists.append(slot, 2.0, true, NOW.plusMillis(5600));
        playlists.append(slot, 2.0, true, NOW.plusMillis(7000));

        ChannelPlaylists next = new ChannelPlaylists(dir, 6, 2, 12);
        next.resume(List.of("480p"));
        next.append(slot, 2.0, true, NOW.plusMillis(9500));
        // A worker away for a minute: its successor's slot takes the clock again, at the discontinuity.
        ChannelPlaylists late = new ChannelPlaylists(dir, 6, 2, 12);
        late.resume(List.of("480p"));
        late.append(slot, 2.0, true, NOW.plusSeconds(70));

        for (String name : List.of("480p", "audio")) {
            List<Instant> dates = MediaPlaylist.read(dir.resolve(name + ".m3u8")).segments().stream()
                    .map(MediaPlaylist.Segment::programDate).toList();
            Instant start = NOW.minusSeconds(2);
            assertEquals(List.of(start, start.plusSeconds(2), start.plusMillis(3960), start.plusMillis(5960),
                    start.plusMillis(7960), NOW.plusSeconds(68)), dates, name);
        }
    }

    @Test
    void slotsKeepTheirSequenceAcrossSwitchesAndOldSegmentsGo() throws IOException {
        Path dir = work.resolve("chan");
        ChannelPlaylists playlists = new ChannelPlaylists(dir, 3, 2, 6);
        playlists.resume(List.of("720p", "480p"));
        playlists.add("720p");
        playlists.add("480p");
        long first = playlists.nextSequence();
        Path live = segment("live.ts");
        Path slate = segment("slate.ts");
        Path liveAudio = segment("live-audio.ts");
        Path slateAudio = segment("slate-audio.ts");
        playlists.append(Map.of("720p", live, "480p", live, "audio", liveAudio), 2.0, true, NOW);
        playlists.append(Map.of("720p", live, "480p", live, "audio", liveAudio), 2.0, false, NOW);
        playlists.append(Map.of("720p", slate, "480p", slate, "audio", slateAudio), 2.0, true, NOW);
        playlists.append(Map.of("720p", slate, "480p", slate, "audio", slateAudio), 2.0, false, NOW);

        for (String name : List.of("720p", "audio")) {
            MediaPlaylist.Content content = MediaPlaylist.read(dir.resolve(name + ".m3u8"));
            assertEquals(List.of(first + 1, first + 2, first + 3),
                    content.segments().stream().map(MediaPlaylist.Segment::sequence).toList(), name + ": a window of 3");
            assertEquals(1, content.discontinuitySequence(), name + ": the first slot's discontinuity left the window");
            assertEquals(List.of(false, true, false),
                    content.segments().stream().map(MediaPlaylist.Segment::discontinuity).toList(),
                    name + ": the switch to the slate, in the video and the audio alike");
        }
        assertEquals("slate-audio.ts", Files.readString(dir.resolve("audio_" + (first + 2) + ".ts")));
        assertEquals(Set.of("720p", "480p"), playlists.renditions(), "the audio is no video rendition");
        assertTrue(Files.exists(dir.resolve("480p_" + first + ".ts")), "kept one more window for late players");
        assertTrue(Files.exists(dir.resolve("audio_" + first + ".ts")));

        for (int i = 0; i < 4; i++) {
            playlists.append(Map.of("720p", slate, "480p", slate, "audio", slateAudio), 2.0, false, NOW);
        }
        assertFalse(Files.exists(dir.resolve("480p_" + first + ".ts")), "deleted after that");
        assertFalse(Files.exists(dir.resolve("audio_" + first + ".ts")));
        assertThrows(IllegalArgumentException.class, () -> playlists.append(Map.of("720p", live, "480p", live), 2.0,
                false, NOW), "a slot without its audio is refused");
    }

    @Test
    void startOverListsEverySegmentKeptAndANewOwnerKeepsThem() throws IOException {
        Path dir = work.resolve("chan");
        ChannelPlaylists playlists = new ChannelPlaylists(dir, 3, 2, 8);
        playlists.resume(List.of("480p"));
        playlists.add("480p");
        playlists.writeMaster(Rendition.forSource(Rendition.ladder(List.of("480p:1200")), 854, 480, 25).stream()
                .map(v -> v.inMaster(128)).toList());
        long first = playlists.nextSequence();
        Path live = segment("live.ts");
        for (int i = 0; i < 10; i++) {
            playlists.append(Map.of("480p", live, "audio", live), 2.0, i == 0 || i == 4, NOW.plusSeconds(2L * i));
        }
        for (String name : List.of("480p", "audio")) {
            MediaPlaylist.Content startOver = MediaPlaylist.read(dir.resolve(name + ".startover.m3u8"));
            assertEquals(LongStream.range(first + 2, first + 10).boxed().toList(),
                    startOver.segments().stream().map(MediaPlaylist.Segment::sequence).toList(),
                    name + ": the 8 newest slots, up to the live edge");
            assertEquals(1, startOver.discontinuitySequence(), "the first slot's discontinuity left it");
            assertEquals(NOW.plusSeconds(2), startOver.segments().get(0).programDate(), "dated like the live ones");
            assertFalse(Files.exists(dir.resolve(name + "_" + (first + 1) + ".ts")), "older ones deleted");
            assertTrue(Files.exists(dir.resolve(name + "_" + (first + 2) + ".ts")));
        }
        assertEquals(16.0, playlists.startOverSeconds());
        assertEquals(2 * 8 * Files.size(live), playlists.keptBytes(), "8 slots of video and of audio");
        MasterPlaylist.Content master = MasterPlaylist.parse(Files.readString(dir.resolve("master.startover.m3u8")));
        assertEquals(List.of("480p.startover.m3u8"), master.variants().stream().map(MasterPlaylist.Variant::uri).toList());
        assertEquals("audio.startover.m3u8", master.media().get(0).attribute("URI"));

        ChannelPlaylists next = new ChannelPlaylists(dir, 3, 2, 8);
        next.resume(List.of("480p"));
        assertEquals(16.0, next.startOverSeconds(), "a new owner goes on with what start-over had");
        assertEquals(playlists.keptBytes(), next.keptBytes());
        assertTrue(Files.exists(dir.resolve("480p_" + (first + 2) + ".ts")));
        assertTrue(Files.exists(dir.resolve("master.startover.m3u8")));
    }

    @Test
    void theMasterDeclaresTheAudioEveryVariantPlaysWith() throws IOException {
        Path dir = work.resolve("chan");
        ChannelPlaylists playlists = new ChannelPlaylists(dir, 3, 2, 6);
        playlists.resume(List.of("1080p", "480p"));
        List<Rendition> ladder = Rendition.ladder(List.of("1080p:5000", "480p:1200"));
        playlists.writeMaster(Rendition.forSource(ladder, 1920, 1080, 25).stream().map(v -> v.inMaster(128)).toList());

        List<String> lines = Files.readAllLines(dir.resolve(ChannelPlaylists.MASTER));
        assertEquals("#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"audio\",NAME=\"Français\",DEFAULT=YES,AUTOSELECT=YES,"
                + "LANGUAGE=\"fr\",CHANNELS=\"2\",URI=\"audio.m3u8\"", lines.get(3));
        assertEquals(List.of(
                "#EXT-X-STREAM-INF:BANDWIDTH=6025800,AVERAGE-BANDWIDTH=5640800,RESOLUTION=1920x1080,FRAME-RATE=25.000,"
                        + "CODECS=\"avc1.640028,mp4a.40.2\",AUDIO=\"audio\"", "1080p.m3u8",
                "#EXT-X-STREAM-INF:BANDWIDTH=1553200,AVERAGE-BANDWIDTH=1460800,RESOLUTION=854x480,FRAME-RATE=25.000,"
                        + "CODECS=\"avc1.64001e,mp4a.40.2\",AUDIO=\"audio\"", "480p.m3u8"), lines.subList(4, 8),
                "each variant plays with the audio group, its bandwidth counting the audio's 128 kbit/s");
    }

    @Test
    void aNewOwnerGoesOnFromThePlaylistsOnDisk() throws IOException {
        Path dir = work.resolve("chan");
        ChannelPlaylists before = new ChannelPlaylists(dir, 6, 2, 12);
        before.resume(List.of("480p"));
        before.add("480p");
        Path live = segment("live.ts");
        before.append(Map.of("480p", live, "audio", live), 2.0, true, NOW);
        before.append(Map.of("480p", live, "audio", live), 2.0, false, NOW);
        long next = before.nextSequence();
        Files.writeString(dir.resolve("index.m3u8"), "#EXTM3U\n");
        Files.writeString(dir.resolve("segment_1.ts"), "old");

        ChannelPlaylists after = new ChannelPlaylists(dir, 6, 2, 12);
        assertTrue(after.resume(List.of("1080p", "480p")));
        assertEquals(next, after.nextSequence());
        assertEquals(List.of("480p"), List.copyOf(after.renditions()));
        assertFalse(Files.exists(dir.resolve("segment_1.ts")), "leftovers of an older layout are removed");
        assertFalse(Files.exists(dir.resolve("index.m3u8")));
        after.append(Map.of("480p", live, "audio", live), 2.0, true, NOW);
        assertEquals(3, MediaPlaylist.read(dir.resolve("480p.m3u8")).segments().size());
        assertEquals(3, MediaPlaylist.read(dir.resolve("audio.m3u8")).segments().size(), "the audio goes on too");
    }

    private Path segment(String name) throws IOException {
        return Files.writeString(work.resolve(name), name);
    }
}
