package fr.pitchoun.transcode.hls;

import fr.pitchoun.transcode.hls.MediaPlaylist.Segment;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * segments ({@code <name>_<sequence>.ts}), in one flat folder; and the same for start-over
 * ({@code master.startover.m3u8}, {@code <name>.startover.m3u8}): every segment kept, up to the live edge. Segments come from FFmpeg's staging folder or from the
 * slate's loop; every playlist gets a segment for each time slot, under the same media sequence number and with the
 * same discontinuities, so players can switch renditions at any slot and keep the audio in step. Sequence numbers only grow, also across
 * workers (a successor resumes the playlists it finds on disk); a discontinuity is marked wherever timestamps restart.
 * Not thread-safe: the channel's own thread calls it.
 */
public class ChannelPlaylists {

    public static final String MASTER = "master.m3u8";
    /** What a playlist's name ends with in its start-over form (every kept segment, the live window's last). */
    public static final String START_OVER = ".startover.m3u8";
    /** The master of the start-over playlists. */
    public static final String START_OVER_MASTER = "master" + START_OVER;
    /**
     * The audio rendition every video rendition plays with: its group in the master, its playlist
     * ({@code audio.m3u8}) and segments, here and in FFmpeg's staging folder alike.
     */
    public static final String AUDIO = "audio";
    /** Spoken language of the audio: Pitchoun's channels are in French. */
    private static final String AUDIO_LANGUAGE = "fr";
    /** The channel's still (JPEG, a low rendition's picture, renewed every few slots): kept across owners. */
    public static final String THUMBNAIL = "thumbnail.jpg";
    private static final Logger LOG = Logger.getLogger(ChannelPlaylists.class);

    private final Path dir;
    private final int window;
    private final int segmentSeconds;
    /** Segments kept out of the live window: those start-over needs, at least one window for late players. */
    private final int retiredLimit;
    private long keptBytes;
    private final Map<String, Playlist> playlists = new LinkedHashMap<>();
    private long nextSequence;
    private final ProgramDates programDates;

    private static final class Playlist {
        final Deque<Segment> segments = new ArrayDeque<>();
        /**
         * Segments out of the playlist, kept for start-over (and at least one more window for players that fetched the
         * live playlist just before), oldest first.
         */
        final Deque<Segment> retired = new ArrayDeque<>();
        long discontinuitySequence;
        /** The same count for the start-over playlist, whose discontinuities leave later. */
        long startOverDiscontinuitySequence;
        /** The start-over playlist's entries (retired, then live), each formatted once. */
        final Deque<String> startOverEntries = new ArrayDeque<>();
        /** The longest segment this playlist listed: the start-over's target duration is never below it. */
        double longest;
        /** The kept segments' duration, live window included. */
        double keptSeconds;
    }

    /** {@code startOverSegments}: how many slots the start-over playlists list, the live window's included. */
    public ChannelPlaylists(Path dir, int window, int segmentSeconds, int startOverSegments) {
        this.dir = dir;
        this.window = window;
        this.segmentSeconds = segmentSeconds;
        this.retiredLimit = Math.max(window, startOverSegments - window);
        this.programDates = new ProgramDates(segmentSeconds);
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
            MediaPlaylist.Content startOver = MediaPlaylist.read(dir.resolve(rendition + START_OVER));
            Playlist playlist = new Playlist();
            playlist.discontinuitySequence = content.discontinuitySequence();
            playlist.startOverDiscontinuitySequence = startOver.discontinuitySequence();
            long firstLive = content.segments().isEmpty() ? Long.MAX_VALUE : content.segments().get(0).sequence();
            for (Segment segment : startOver.segments()) {
                if (segment.sequence() < firstLive && Files.exists(dir.resolve(segment.uri()))) {
                    playlist.retired.add(segment);
                    listed.add(segment.uri());
                    keptBytes += Files.size(dir.resolve(segment.uri()));
                } else if (segment.sequence() < firstLive && segment.discontinuity()) {
                    playlist.startOverDiscontinuitySequence++;
                }
            }
            for (Segment segment : content.segments()) {
                if (Files.exists(dir.resolve(segment.uri()))) {
                    playlist.segments.add(segment);
                    listed.add(segment.uri());
                    keptBytes += Files.size(dir.resolve(segment.uri()));
                    if (segment.sequence() > last && segment.programDate() != null) {
                        programDates.after(segment.programDate(), segment.duration());
                    }
                    last = Math.max(last, segment.sequence());
                }
            }
            for (Deque<Segment> kept : List.of(playlist.retired, playlist.segments)) {
                for (Segment segment : kept) {
                    playlist.startOverEntries.add(MediaPlaylist.entry(segment));
                    playlist.longest = Math.max(playlist.longest, segment.duration());
                    playlist.keptSeconds += segment.duration();
                }
            }
            if (!playlist.segments.isEmpty()) {
                playlists.put(rendition, playlist);
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean kept = name.equals(MASTER) || name.equals(START_OVER_MASTER) || name.equals(THUMBNAIL)
                        || listed.contains(name) || playlists.containsKey(playlistOf(name));
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
     * cleans up its own. The slot's program date follows on from the slot before ({@link ProgramDates}).
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
        Instant programDate = programDates.of(now, duration, discontinuity);
        for (Map.Entry<String, Playlist> entry : playlists.entrySet()) {
            String rendition = entry.getKey();
            Path source = sources.get(rendition);
            String uri = rendition + "_" + sequence + ".ts";
            PublicFiles.publish(source, dir.resolve(uri));
            keptBytes += Files.size(source);
            Playlist playlist = entry.getValue();
            Segment added = new Segment(sequence, uri, duration, discontinuity, programDate);
            playlist.segments.add(added);
            playlist.startOverEntries.add(MediaPlaylist.entry(added));
            playlist.longest = Math.max(playlist.longest, duration);
            playlist.keptSeconds += duration;
            while (playlist.segments.size() > window) {
                Segment gone = playlist.segments.removeFirst();
                if (gone.discontinuity()) {
                    // Its discontinuity tag leaves the playlist with it: players count the ones they no longer see.
                    playlist.discontinuitySequence++;
                }
                playlist.retired.add(gone);
            }
            while (playlist.retired.size() > retiredLimit) {
                Segment gone = playlist.retired.removeFirst();
                playlist.startOverEntries.removeFirst();
                playlist.keptSeconds -= gone.duration();
                if (gone.discontinuity()) {
                    playlist.startOverDiscontinuitySequence++;
                }
                Path file = dir.resolve(gone.uri());
                keptBytes -= Files.exists(file) ? Files.size(file) : 0;
                Files.deleteIfExists(file);
            }
            PublicFiles.writeAtomically(dir.resolve(rendition + ".m3u8"), MediaPlaylist.write(
                    List.copyOf(playlist.segments), playlist.discontinuitySequence, segmentSeconds));
            writeStartOver(rendition, playlist);
        }
    }

    private void writeStartOver(String rendition, Playlist playlist) throws IOException {
        Segment oldest = playlist.retired.isEmpty() ? playlist.segments.getFirst() : playlist.retired.getFirst();
        StringBuilder text = new StringBuilder(MediaPlaylist.header(oldest.sequence(),
                playlist.startOverDiscontinuitySequence, Math.max(segmentSeconds, Math.round(playlist.longest))));
        playlist.startOverEntries.forEach(text::append);
        PublicFiles.writeAtomically(dir.resolve(rendition + START_OVER), text.toString());
    }

    /** Bytes of the segments on disk, live window and start-over alike (every rendition and the audio). */
    public long keptBytes() {
        return keptBytes;
    }

    /** How far back start-over reaches: the kept slots' duration (those of the first playlist, all have the same). */
    public double startOverSeconds() {
        return playlists.values().stream().findFirst().map(p -> Math.round(p.keptSeconds * 1000) / 1000.0).orElse(0.0);
    }

    /** The rendition a playlist file belongs to ({@code 480p.m3u8}, {@code 480p.startover.m3u8}), or "". */
    private static String playlistOf(String file) {
        if (file.endsWith(START_OVER)) {
            return file.substring(0, file.length() - START_OVER.length());
        }
        return file.endsWith(".m3u8") ? file.substring(0, file.length() - 5) : "";
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
        // The same ladder over the start-over playlists: a player restarting the programme switches renditions too.
        Map<String, String> startOverAudio = new LinkedHashMap<>(audio);
        startOverAudio.put("URI", AUDIO + START_OVER);
        List<MasterPlaylist.Variant> startOverVariants = variants.stream().map(v -> new MasterPlaylist.Variant(
                v.attributes(), playlistOf(v.uri()) + START_OVER)).toList();
        PublicFiles.writeAtomically(dir.resolve(START_OVER_MASTER), MasterPlaylist.write(
                new MasterPlaylist.Content(List.of(new MasterPlaylist.Media(startOverAudio)), startOverVariants)));
    }
}
