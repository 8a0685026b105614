package fr.pitchoun.transcode.hls;

import fr.pitchoun.transcode.ffmpeg.Variant;
import fr.pitchoun.transcode.hls.MediaPlaylist.Segment;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The public HLS of one channel, owned by this worker alone: {@code master.m3u8}, one media playlist per rendition
 * ({@code <rendition>.m3u8}) and its segments ({@code <rendition>_<sequence>.ts}), in one flat folder. Segments come
 * from FFmpeg's staging folder or from the slate's loop; every rendition gets a segment for each time slot, under the
 * same media sequence number, so players can switch renditions at any slot. Sequence numbers only grow, also across
 * workers (a successor resumes the playlists it finds on disk); a discontinuity is marked wherever timestamps restart.
 * Not thread-safe: the channel's own thread calls it.
 */
public class ChannelPlaylists {

    public static final String MASTER = "master.m3u8";
    private static final Logger LOG = Logger.getLogger(ChannelPlaylists.class);

    private final Path dir;
    private final int window;
    private final int segmentSeconds;
    private final Map<String, Playlist> playlists = new LinkedHashMap<>();
    private long nextSequence;

    private static final class Playlist {
        final Deque<Segment> segments = new ArrayDeque<>();
        /** Segments out of the playlist, kept one more window for players that fetched it just before. */
        final Deque<Segment> retired = new ArrayDeque<>();
        long discontinuitySequence;
    }

    public ChannelPlaylists(Path dir, int window, int segmentSeconds) {
        this.dir = dir;
        this.window = window;
        this.segmentSeconds = segmentSeconds;
    }

    /**
     * Takes over what an earlier owner of the channel left in its folder: the playlists of {@code renditions} go on
     * from their last sequence number; anything else (stray segments, other playlists) is deleted.
     * Returns whether there was anything to go on from.
     */
    public boolean resume(Collection<String> renditions) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Set<String> listed = new HashSet<>();
        long last = -1;
        for (String rendition : renditions) {
            MediaPlaylist.Content content = MediaPlaylist.read(dir.resolve(rendition + ".m3u8"));
            Playlist playlist = new Playlist();
            playlist.discontinuitySequence = content.discontinuitySequence();
            for (Segment segment : content.segments()) {
                if (Files.exists(dir.resolve(segment.uri()))) {
                    playlist.segments.add(segment);
                    listed.add(segment.uri());
                    last = Math.max(last, segment.sequence());
                }
            }
            if (!playlist.segments.isEmpty()) {
                playlists.put(rendition, playlist);
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean kept = name.equals(MASTER) || listed.contains(name)
                        || name.endsWith(".m3u8") && playlists.containsKey(name.substring(0, name.length() - 5));
                if (!kept) {
                    Files.deleteIfExists(file);
                }
            }
        }
        // A fresh channel starts from the clock, so numbers stay above those of any playlist a player saw before.
        nextSequence = last >= 0 ? last + 1 : System.currentTimeMillis() / 1000 / segmentSeconds;
        if (last >= 0) {
            LOG.infof("[%s] resuming its playlists at media sequence %d", dir.getFileName(), nextSequence);
        }
        return last >= 0;
    }

    /** Renditions that have a media playlist. */
    public Set<String> renditions() {
        return playlists.keySet();
    }

    /** Adds a rendition; its playlist starts at the next time slot. */
    public void add(String rendition) {
        playlists.putIfAbsent(rendition, new Playlist());
    }

    /**
     * Appends one time slot: {@code sources} gives the file for every rendition (the same file may serve several);
     * they are linked into the folder, never moved, so the caller cleans up its own.
     */
    public void append(Map<String, Path> sources, double duration, boolean discontinuity) throws IOException {
        long sequence = nextSequence++;
        for (Map.Entry<String, Playlist> entry : playlists.entrySet()) {
            String rendition = entry.getKey();
            Path source = sources.get(rendition);
            if (source == null) {
                throw new IllegalArgumentException("no segment for rendition " + rendition);
            }
            String uri = rendition + "_" + sequence + ".ts";
            PublicFiles.publish(source, dir.resolve(uri));
            Playlist playlist = entry.getValue();
            playlist.segments.add(new Segment(sequence, uri, duration, discontinuity));
            while (playlist.segments.size() > window) {
                Segment gone = playlist.segments.removeFirst();
                if (gone.discontinuity()) {
                    // Its discontinuity tag leaves the playlist with it: players count the ones they no longer see.
                    playlist.discontinuitySequence++;
                }
                playlist.retired.add(gone);
            }
            while (playlist.retired.size() > window) {
                Files.deleteIfExists(dir.resolve(playlist.retired.removeFirst().uri()));
            }
            MediaPlaylist.write(dir.resolve(rendition + ".m3u8"), List.copyOf(playlist.segments),
                    playlist.discontinuitySequence, segmentSeconds);
        }
    }

    /** The media sequence number the next slot will get. */
    public long nextSequence() {
        return nextSequence;
    }

    /** Writes the master playlist: one variant per rendition, highest first, with what players choose by. */
    public void writeMaster(List<Variant> variants, int audioKbps) throws IOException {
        StringBuilder text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        List<Variant> sorted = new ArrayList<>(variants);
        sorted.sort((a, b) -> Integer.compare(b.height(), a.height()));
        for (Variant v : sorted) {
            text.append(String.format(Locale.ROOT,
                    "#EXT-X-STREAM-INF:BANDWIDTH=%d,AVERAGE-BANDWIDTH=%d,RESOLUTION=%dx%d,FRAME-RATE=%.3f,CODECS=\"%s\"%n",
                    v.bandwidth(audioKbps), v.averageBandwidth(audioKbps), v.width(), v.height(), v.fps(), v.codecs()))
                    .append(v.name()).append(".m3u8\n");
        }
        PublicFiles.writeAtomically(dir.resolve(MASTER), text.toString());
    }
}
