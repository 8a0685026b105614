package fr.pitchoun.transcode.hls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelPlaylistsTest {

    @TempDir
    Path work;

    @Test
    void slotsKeepTheirSequenceAcrossSwitchesAndOldSegmentsGo() throws IOException {
        Path dir = work.resolve("chan");
        ChannelPlaylists playlists = new ChannelPlaylists(dir, 3, 2);
        playlists.resume(List.of("720p", "480p"));
        playlists.add("720p");
        playlists.add("480p");
        long first = playlists.nextSequence();
        Path live = segment("live.ts");
        Path slate = segment("slate.ts");
        playlists.append(Map.of("720p", live, "480p", live), 2.0, true);
        playlists.append(Map.of("720p", live, "480p", live), 2.0, false);
        playlists.append(Map.of("720p", slate, "480p", slate), 2.0, true);
        playlists.append(Map.of("720p", slate, "480p", slate), 2.0, false);

        MediaPlaylist.Content content = MediaPlaylist.read(dir.resolve("720p.m3u8"));
        assertEquals(List.of(first + 1, first + 2, first + 3),
                content.segments().stream().map(MediaPlaylist.Segment::sequence).toList(), "a window of 3");
        assertEquals(1, content.discontinuitySequence(), "the first slot's discontinuity left the window");
        assertEquals(List.of(false, true, false),
                content.segments().stream().map(MediaPlaylist.Segment::discontinuity).toList());
        assertTrue(Files.exists(dir.resolve("480p_" + first + ".ts")), "kept one more window for late players");

        for (int i = 0; i < 4; i++) {
            playlists.append(Map.of("720p", slate, "480p", slate), 2.0, false);
        }
        assertFalse(Files.exists(dir.resolve("480p_" + first + ".ts")), "deleted after that");
    }

    @Test
    void aNewOwnerGoesOnFromThePlaylistsOnDisk() throws IOException {
        Path dir = work.resolve("chan");
        ChannelPlaylists before = new ChannelPlaylists(dir, 6, 2);
        before.resume(List.of("480p"));
        before.add("480p");
        Path live = segment("live.ts");
        before.append(Map.of("480p", live), 2.0, true);
        before.append(Map.of("480p", live), 2.0, false);
        long next = before.nextSequence();
        Files.writeString(dir.resolve("index.m3u8"), "#EXTM3U\n");
        Files.writeString(dir.resolve("segment_1.ts"), "old");

        ChannelPlaylists after = new ChannelPlaylists(dir, 6, 2);
        assertTrue(after.resume(List.of("1080p", "480p")));
        assertEquals(next, after.nextSequence());
        assertEquals(List.of("480p"), List.copyOf(after.renditions()));
        assertFalse(Files.exists(dir.resolve("segment_1.ts")), "leftovers of an older layout are removed");
        assertFalse(Files.exists(dir.resolve("index.m3u8")));
        after.append(Map.of("480p", live), 2.0, true);
        assertEquals(3, MediaPlaylist.read(dir.resolve("480p.m3u8")).segments().size());
    }

    private Path segment(String name) throws IOException {
        return Files.writeString(work.resolve(name), name);
    }
}
