package fr.pitchoun.transcode.hls;

import fr.pitchoun.transcode.hls.MediaPlaylist.Segment;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public HLS of one channel, owned by this worker alone: {@code master.m3u8}, one media playlist per video
 * rendition ({@code <rendition>.m3u8}) and one for the audio they all play with ({@code audio.m3u8}), each with its
 * segments ({@code <name>_<sequence>.ts}), in one flat folder. Segments come from FFmpeg's staging folder or from the
 * slate's loop; every playlist gets a segment for each time slot, under the same media sequence number and with the
 * same discontinuities, so players can switch renditions at any slot and keep the audio in step. Sequence numbers only grow, also across
 * workers (a successor resumes the playlists it finds on disk); a discontinuity is marked wherever timestamps restart.
 * Not thread-safe: the channel's own thread calls it.
 */
public class ChannelPlaylists {

    public static final String MASTER = "master.m3u8";
    /**
     * The audio rendition every video rendition plays with: its group in the master, its playlist
     * ({@code audio.m3u8}) and segments, here and in FFmpeg's staging folder alike.
     */
    public static final String AUDIO = "audio";
    /** Spoken language of the audio: Pitchoun's channels are in French. */
    private static final String AUDIO_LANGUAGE = "fr";
    /** The channel's still (JPEG, a low rendition's picture, renewed every few slots): kept across owners. */
    public static final String THUMBNAIL = "thumbnail.jpg";
    /** How far the slots' program dates may drift from the clock before a discontinuity takes the clock again. */
    static final int PROGRAM_DATE_DRIFT_SEGMENTS = 3;
    private static final Logger LOG = Logger.getLogger(ChannelPlaylists.class);

    private final Path dir;
    private final int window;
    private final int segmentSeconds;
    private final Map<String, Playlist> playlists = new LinkedHashMap<>();
    private long nextSequence;
    /** The wall-clock instant the next slot starts at: each slot starts where the one before it ends. */
    private Instant nextProgramDate;

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
     * Takes over what an earlier owner of the channel left in its folder: the playlists of {@code renditions} (and the
     * audio playlist) go on from their last sequence number; anything else (stray segments, other playlists) is
     * deleted. Returns whether there was anything to go on from.
     */
    public boolean resume(Collection<String> renditions) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Set<String> listed = new HashSet<>();
        long last = -1;
        List<String> names = new ArrayList<>(renditions);
        names.add(AUDIO);
        for (String rendition : names) {
            MediaPlaylist.Content content = MediaPlaylist.read(dir.resolve(rendition + ".m3u8"));
            Playlist playlist = new Playlist();
            playlist.discontinuitySequence = content.discontinuitySequence();
            for (Segment segment : content.segments()) {
                if (Files.exists(dir.resolve(segment.uri()))) {
                    playlist.segments.add(segment);
                    listed.add(segment.uri());
                    if (segment.sequence() > last && segment.programDate() != null) {
                        nextProgramDate = segment.programDate().plusMillis(Math.round(segment.duration() * 1000));
                    }
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
                boolean kept = name.equals(MASTER) || name.equals(THUMBNAIL) || listed.contains(name)
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

    /** Video renditions that have a media playlist. */
    public Set<String> renditions() {
        Set<String> video = new LinkedHashSet<>(playlists.keySet());
        video.remove(AUDIO);
        return video;
    }

    /** Adds a video rendition (and the audio playlist if there is none yet); its playlist starts at the next slot. */
    public void add(String rendition) {
        playlists.putIfAbsent(rendition, new Playlist());
        playlists.putIfAbsent(AUDIO, new Playlist());
    }

    /**
     * Appends one time slot, finished at {@code now}: {@code sources} gives the file for every video rendition (the
     * same file may serve several) and for {@link #AUDIO}; they are linked into the folder, never moved, so the caller
     * cleans up its own. The slot's program date follows on from the slot before, live and slate alike, so players
     * map segments to the wall clock without a jump; it is taken from the clock again only for the first slot, or at a
     * discontinuity that finds it more than {@link #PROGRAM_DATE_DRIFT_SEGMENTS} segments off (a worker that was away).
     */
    public void append(Map<String, Path> sources, double duration, boolean discontinuity, Instant now)
            throws IOException {
        for (String name : playlists.keySet()) {
            if (!sources.containsKey(name)) {
                // Checked first: a slot goes into every playlist or into none.
                throw new IllegalArgumentException("no segment for rendition " + name);
            }
        }
        long sequence = nextSequence++;
        Instant programDate = programDate(now, duration, discontinuity);
        for (Map.Entry<String, Playlist> entry : playlists.entrySet()) {
            String rendition = entry.getKey();
            Path source = sources.get(rendition);
            String uri = rendition + "_" + sequence + ".ts";
            PublicFiles.publish(source, dir.resolve(uri));
            Playlist playlist = entry.getValue();
            playlist.segments.add(new Segment(sequence, uri, duration, discontinuity, programDate));
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
            PublicFiles.writeAtomically(dir.resolve(rendition + ".m3u8"), MediaPlaylist.write(
                    List.copyOf(playlist.segments), playlist.discontinuitySequence, segmentSeconds));
        }
    }

    private Instant programDate(Instant now, double duration, boolean discontinuity) {
        long millis = Math.round(duration * 1000);
        Instant fromClock = now.minusMillis(millis);
        Instant date = nextProgramDate;
        if (date == null || discontinuity && Duration.between(date, fromClock).abs()
                .compareTo(Duration.ofSeconds((long) segmentSeconds * PROGRAM_DATE_DRIFT_SEGMENTS)) > 0) {
            date = fromClock;
        }
        nextProgramDate = date.plusMillis(millis);
        return date;
    }

    /** The newest segment of a rendition's playlist, as served. */
    public Path newest(String rendition) {
        return dir.resolve(playlists.get(rendition).segments.getLast().uri());
    }

    /** Where the channel's still is served from (written by the still writer, kept across owners). */
    public Path still() {
        return dir.resolve(THUMBNAIL);
    }

    /** The media sequence number the next slot will get. */
    public long nextSequence() {
        return nextSequence;
    }

    /**
     * Writes the master playlist: the audio rendition group, then the variants in the order given (highest first),
     * each referring to the audio group.
     */
    public void writeMaster(List<MasterPlaylist.Variant> variants) throws IOException {
        Map<String, String> audio = new LinkedHashMap<>();
        audio.put("TYPE", "AUDIO");
        audio.put("GROUP-ID", AUDIO);
        audio.put("NAME", "Français");
        audio.put("DEFAULT", "YES");
        audio.put("AUTOSELECT", "YES");
        audio.put("LANGUAGE", AUDIO_LANGUAGE);
        audio.put("CHANNELS", "2");
        audio.put("URI", AUDIO + ".m3u8");
        PublicFiles.writeAtomically(dir.resolve(MASTER), MasterPlaylist.write(
                new MasterPlaylist.Content(List.of(new MasterPlaylist.Media(audio)), variants)));
    }
}
