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

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The playlists the worker writes, to the byte, and read back by the parsers the tests and e2e-tests use. */
class PlaylistFilesTest {

    @TempDir
    Path work;

    @Test
    void aMediaPlaylistAsWrittenAndAsReadBack() throws IOException {
        Path dir = work.resolve("chan");
        ChannelPlaylists playlists = new ChannelPlaylists(dir, 3, 2, 6);
        playlists.resume(List.of("480p"));
        playlists.add("480p");
        long first = playlists.nextSequence();
        Path segment = Files.writeString(work.resolve("s.ts"), "s");
        Map<String, Path> slot = Map.of("480p", segment, "audio", segment);
        Instant start = Instant.parse("2026-12-03T14:00:00Z");
        playlists.append(slot, 2.0, true, start.plusSeconds(2));
        playlists.append(slot, 1.96, false, start.plusMillis(3960));
        playlists.append(slot, 2.0, true, start.plusSeconds(6));
        playlists.append(slot, 2.0, false, start.plusSeconds(8));

        String text = Files.readString(dir.resolve("480p.m3u8"));
        assertEquals("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n"
                + "#EXT-X-MEDIA-SEQUENCE:" + (first + 1) + "\n#EXT-X-DISCONTINUITY-SEQUENCE:1\n"
                + "#EXT-X-INDEPENDENT-SEGMENTS\n"
                + "#EXT-X-PROGRAM-DATE-TIME:2026-12-03T14:00:02.000Z\n#EXTINF:1.960,\n480p_" + (first + 1) + ".ts\n"
                + "#EXT-X-DISCONTINUITY\n#EXT-X-PROGRAM-DATE-TIME:2026-12-03T14:00:03.960Z\n"
                + "#EXTINF:2.000,\n480p_" + (first + 2) + ".ts\n"
                + "#EXT-X-PROGRAM-DATE-TIME:2026-12-03T14:00:05.960Z\n#EXTINF:2.000,\n480p_" + (first + 3) + ".ts\n",
                text, "each slot starts where the one before ends, across the discontinuity too");

        MediaPlaylist.Content read = MediaPlaylist.parse(text);
        assertEquals(first + 1, read.mediaSequence());
        assertEquals(1, read.discontinuitySequence());
        assertEquals(List.of(
                new MediaPlaylist.Segment(first + 1, "480p_" + (first + 1) + ".ts", 1.96, false, start.plusSeconds(2)),
                new MediaPlaylist.Segment(first + 2, "480p_" + (first + 2) + ".ts", 2.0, true, start.plusMillis(3960)),
                new MediaPlaylist.Segment(first + 3, "480p_" + (first + 3) + ".ts", 2.0, false, start.plusMillis(5960))),
                read.segments());
    }

    @Test
    void ffmpegsStagingPlaylistIsReadToo() {
        MediaPlaylist.Content read = MediaPlaylist.parse("""
                #EXTM3U
                #EXT-X-VERSION:6
                #EXT-X-TARGETDURATION:2
                #EXT-X-MEDIA-SEQUENCE:41
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXTINF:2.000000,
                720p_41.ts
                #EXTINF:1.980000,
                720p_42.ts
                """);
        assertEquals(41, read.mediaSequence());
        assertEquals(List.of(new MediaPlaylist.Segment(41, "720p_41.ts", 2.0, false, null),
                new MediaPlaylist.Segment(42, "720p_42.ts", 1.98, false, null)), read.segments());
        assertEquals(new MediaPlaylist.Content(0, List.of(), 0), MediaPlaylist.parse(""), "a playlist not there yet");
    }

    @Test
    void theMasterAsWrittenAndAsReadBack() throws IOException {
        Path dir = work.resolve("chan");
        ChannelPlaylists playlists = new ChannelPlaylists(dir, 3, 2, 6);
        playlists.resume(List.of("720p", "480p"));
        List<Rendition> ladder = Rendition.ladder(List.of("720p:2800", "480p:1200"));
        playlists.writeMaster(Rendition.forSource(ladder, 1280, 720, 30).stream().map(v -> v.inMaster(128)).toList());

        String text = Files.readString(dir.resolve(ChannelPlaylists.MASTER));
        assertEquals("""
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="audio",NAME="Français",DEFAULT=YES,AUTOSELECT=YES,LANGUAGE="fr",\
                CHANNELS="2",URI="audio.m3u8"
                #EXT-X-STREAM-INF:BANDWIDTH=3436400,AVERAGE-BANDWIDTH=3220800,RESOLUTION=1280x720,FRAME-RATE=30.000,\
                CODECS="avc1.64001f,mp4a.40.2",AUDIO="audio"
                720p.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=1553200,AVERAGE-BANDWIDTH=1460800,RESOLUTION=854x480,FRAME-RATE=30.000,\
                CODECS="avc1.64001f,mp4a.40.2",AUDIO="audio"
                480p.m3u8
                """, text);

        MasterPlaylist.Content read = MasterPlaylist.parse(text);
        assertEquals(List.of("720p.m3u8", "480p.m3u8"), read.variants().stream().map(MasterPlaylist.Variant::uri).toList());
        assertEquals("avc1.64001f,mp4a.40.2", read.variants().get(0).attribute("CODECS"), "a quoted list stays whole");
        assertEquals("1280x720", read.variants().get(0).attribute("RESOLUTION"));
        assertEquals("audio", read.variants().get(1).attribute("AUDIO"));
        assertEquals(List.of("AUDIO", "audio.m3u8", "Français"), List.of(read.media().get(0).attribute("TYPE"),
                read.media().get(0).attribute("URI"), read.media().get(0).attribute("NAME")));
        assertEquals(text, MasterPlaylist.write(read), "what is read is what was written");
    }
}
