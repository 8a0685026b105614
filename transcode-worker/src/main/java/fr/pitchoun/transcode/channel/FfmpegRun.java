package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.ffmpeg.ProgressParser;
import fr.pitchoun.transcode.ffmpeg.Variant;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * One FFmpeg process transcoding the feed into its own staging folder: its output read as it comes, the watchdog that
 * kills it when segments stop coming, and its stop. The packager's bookkeeping ({@link #nextIndex()},
 * {@link #segmentPublished}) and the watchdog are only used on the channel's thread; the speed and the last error
 * line are written by the reader threads.
 */
final class FfmpegRun {

    private static final Logger LOG = Logger.getLogger(FfmpegRun.class);
    /** FFmpeg closes its files on SIGTERM within a second; past this it is killed. */
    private static final long STOP_GRACE_SECONDS = 5;

    private final String channel;
    private final Process process;
    private final Path staging;
    private final List<Variant> variants;
    private final Duration segment;
    private final int stallSegments;
    private final Instant startedAt = Instant.now();
    private Instant lastSegmentAt;
    private long nextIndex;
    private boolean published;
    private boolean stalled;
    private volatile Double speed;
    private volatile String lastError;

    private FfmpegRun(String channel, Process process, Path staging, List<Variant> variants, Duration segment,
            int stallSegments) {
        this.channel = channel;
        this.process = process;
        this.staging = staging;
        this.variants = variants;
        this.segment = segment;
        this.stallSegments = stallSegments;
    }

    /** An empty staging folder for a new run (a previous run of the same number may have left files). */
    static void clearStaging(Path staging) throws IOException {
        deleteRecursively(staging);
        Files.createDirectories(staging);
    }

    /** Starts FFmpeg; {@link #watch} must follow once the caller has taken it as its run. */
    static FfmpegRun start(String channel, List<String> command, Path staging, List<Variant> variants,
            Duration segment, int stallSegments) throws IOException {
        Process process = new ProcessBuilder(command).start();
        return new FfmpegRun(channel, process, staging, variants, segment, stallSegments);
    }

    /** Reads FFmpeg's progress and errors, and tells {@code ended} its exit code once it exits. */
    void watch(IntConsumer ended) {
        ProgressParser parser = new ProgressParser();
        readLines("ffmpeg-progress-" + channel, process.inputReader(),
                line -> parser.accept(line).map(ProgressParser.Progress::speed).ifPresent(s -> speed = s));
        Thread errors = readLines("ffmpeg-errors-" + channel, process.errorReader(), line -> {
            lastError = line;
            LOG.warnf("[%s] ffmpeg: %s", channel, line);
        });
        process.onExit().thenAccept(p -> {
            // Its last error line is the reason shown for a failure: let the reader catch up first.
            awaitQuietly(errors);
            ended.accept(p.exitValue());
        });
    }

    long pid() {
        return process.pid();
    }

    Double speed() {
        return speed;
    }

    Path staging() {
        return staging;
    }

    List<Variant> variants() {
        return variants;
    }

    /** The number of the next segment to publish, in every rendition and the audio. */
    long nextIndex() {
        return nextIndex;
    }

    boolean published() {
        return published;
    }

    /** Until its first segment is published, the run starts from the oldest segment FFmpeg still lists. */
    void skipTo(long firstListed) {
        if (!published) {
            nextIndex = Math.max(nextIndex, firstListed);
        }
    }

    void segmentPublished(Instant at) {
        nextIndex++;
        published = true;
        lastSegmentAt = at;
    }

    /** Kills FFmpeg once segments stopped coming for longer than the stall limit. */
    void killIfStalled(Instant now) {
        Duration silent = Duration.between(lastSegmentAt != null ? lastSegmentAt : startedAt, now);
        if (!stalled && silent.compareTo(stallLimit()) > 0) {
            // An FFmpeg pulling RTMP can wait forever for a publisher that is gone: only SIGKILL is sure.
            LOG.warnf("[%s] no segment from FFmpeg (pid %d) for %d ms: killing it", channel, process.pid(),
                    silent.toMillis());
            stalled = true;
            process.destroyForcibly();
        }
    }

    private Duration stallLimit() {
        // The first segment also waits for FFmpeg to connect and fill its encoders.
        int segments = stallSegments + (published ? 0 : 2);
        return segment.multipliedBy(segments);
    }

    /** Why FFmpeg exited by itself (or was killed for stalling), as shown in the channel's status. */
    String exitReason(int code) {
        if (stalled) {
            return "FFmpeg stalled: no segment for " + stallLimit().toSeconds() + " s";
        } else if (code == 0) {
            return "feed ended";
        } else {
            return lastError != null ? lastError : "FFmpeg exited with code " + code;
        }
    }

    /** Stops FFmpeg (SIGTERM, then SIGKILL) and deletes its staging folder: blocking, off the channel's thread. */
    void terminate() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warnf("[%s] FFmpeg (pid %d) ignored SIGTERM for %d s: killing it", channel, process.pid(),
                        STOP_GRACE_SECONDS);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        LOG.infof("[%s] FFmpeg (pid %d) stopped", channel, process.pid());
        deleteStaging();
    }

    /** Blocking: off the channel's thread. */
    void deleteStaging() {
        deleteRecursively(staging);
    }

    private static void deleteRecursively(Path dir) {
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

    private static Thread readLines(String threadName, BufferedReader reader, Consumer<String> onLine) {
        Thread t = new Thread(() -> {
            try (reader) {
                String line;
                while ((line = reader.readLine()) != null) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // The process is gone; its exit is reported by watch().
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void awaitQuietly(Thread t) {
        try {
            t.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
