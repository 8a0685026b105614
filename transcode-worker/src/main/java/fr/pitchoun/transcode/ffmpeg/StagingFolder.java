package fr.pitchoun.transcode.ffmpeg;

import fr.pitchoun.transcode.hls.MediaPlaylist;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder FFmpeg's HLS muxer writes a ladder into, as {@link LadderCommand} tells it: for each stream name (a video
 * rendition, or {@code audio}) a playlist {@code <name>.m3u8} and segments {@code <name>_<n>.ts}, n counting from 0.
 * The only place that knows this naming, for writing (FFmpeg's arguments) and for reading (what it finished).
 */
public final class StagingFolder {

    private static final Logger LOG = Logger.getLogger(StagingFolder.class);

    /** A segment FFmpeg finished: its number in its stream, its file, its duration in seconds. */
    public record Staged(long index, Path file, double duration) {
    }

    private final Path dir;

    public StagingFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** FFmpeg's {@code -hls_segment_filename}: {@code %v} the stream's name, {@code %d} the segment's number. */
    String segmentPattern() {
        return dir.resolve("%v_%d.ts").toString();
    }

    /** FFmpeg's output, one playlist per stream of {@code -var_stream_map}. */
    String playlistPattern() {
        return dir.resolve("%v.m3u8").toString();
    }

    /** The segments FFmpeg lists for a stream, in order; none while its playlist does not exist. */
    public List<Staged> finished(String stream) throws IOException {
        return MediaPlaylist.read(dir.resolve(stream + ".m3u8")).segments().stream()
                .map(s -> new Staged(index(s.uri()), dir.resolve(s.uri()), s.duration())).toList();
    }

    /** The number in a segment's name ({@code 720p_42.ts}), -1 if none. */
    static long index(String uri) {
        int underscore = uri.lastIndexOf('_');
        int dot = uri.lastIndexOf('.');
        try {
            return Long.parseLong(uri.substring(underscore + 1, dot));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Empties the folder for a new run (a previous run of the same number may have left files). */
    public void clear() throws IOException {
        delete();
        Files.createDirectories(dir);
    }

    /** Blocking: off the channel's thread. */
    public void delete() {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warnf("cannot delete %s: %s", dir, e.getMessage());
        }
    }
}
