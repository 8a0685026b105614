package fr.pitchoun.transcode.ffmpeg;

import fr.pitchoun.transcode.hls.ChannelPlaylists;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One FFmpeg process transcoding the feed into its own {@link StagingFolder}: its output read as it comes, the
 * slots it finished, the watchdog that kills it when segments stop coming, and its stop. The slot bookkeeping and the
 * watchdog are only used on the channel's thread; the speed and the last error line are written by the reader threads.
 */
public final class FfmpegRun {

    private static final Logger LOG = Logger.getLogger(FfmpegRun.class);
    /** FFmpeg closes its files on SIGTERM within a second; past this it is killed. */
    private static final long STOP_GRACE_SECONDS = 5;

    /** One time slot FFmpeg finished: a file per video rendition and for the audio, and the video's duration. */
    public record Slot(Map<String, Path> files, double duration) {
    }

    private final String channel;
    private final Process process;
    private final StagingFolder staging;
    private final List<Variant> variants;
    private final Duration segment;
    private final int stallSegments;
    private final Instant startedAt;
    private Instant lastSegmentAt;
    private long nextIndex;
    private boolean published;
    private boolean stalled;
    private volatile Double speed;
    private volatile String lastError;

    private FfmpegRun(String channel, Process process, StagingFolder staging, List<Variant> variants,
            Duration segment, int stallSegments, Instant startedAt) {
        this.channel = channel;
        this.process = process;
        this.staging = staging;
        this.variants = variants;
        this.segment = segment;
        this.stallSegments = stallSegments;
        this.startedAt = startedAt;
    }

    /** Starts FFmpeg; {@link #watch} must follow once the caller has taken it as its run. */
    public static FfmpegRun start(String channel, ProcessFactory processes, List<String> command,
            StagingFolder staging, List<Variant> variants, Duration segment, int stallSegments, Instant now)
            throws IOException {
        return new FfmpegRun(channel, processes.start(command), staging, variants, segment, stallSegments, now);
    }

    /** Reads FFmpeg's progress and errors, and tells {@code ended} its exit code once it exits. */
    public void watch(IntConsumer ended) {
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

    public long pid() {
        return process.pid();
    }

    public Double speed() {
        return speed;
    }

    public List<Variant> variants() {
        return variants;
    }

    /**
     * The next slot, once FFmpeg finished it in every rendition and in the audio. Until its first slot is
     * published, the run starts from the oldest segment FFmpeg still lists.
     */
    public Optional<Slot> nextSlot() throws IOException {
        List<String> streams = new ArrayList<>(variants.stream().map(Variant::name).toList());
        streams.add(ChannelPlaylists.AUDIO);
        Map<String, Path> files = new HashMap<>();
        double duration = 0;
        for (String stream : streams) {
            List<StagingFolder.Staged> listed = staging.finished(stream);
            if (!listed.isEmpty() && !published) {
                nextIndex = Math.max(nextIndex, listed.get(0).index());
            }
            Optional<StagingFolder.Staged> next = listed.stream().filter(s -> s.index() == nextIndex).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            files.put(stream, next.get().file());
            if (duration == 0) {
                // The slot lasts as long as the video; the audio's cut falls within an AAC frame (21 ms) of it.
                duration = next.get().duration();
            }
        }
        return Optional.of(new Slot(files, duration));
    }

    /** The slot is in the public playlists (linked there): its staging files go, the next one is awaited. */
    public void slotPublished(Slot slot, Instant at) throws IOException {
        for (Path file : slot.files().values()) {
            Files.deleteIfExists(file);
        }
        nextIndex++;
        published = true;
        lastSegmentAt = at;
    }

    /** Kills FFmpeg once segments stopped coming for longer than the stall limit. */
    public void killIfStalled(Instant now) {
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
    public String exitReason(int code) {
        if (stalled) {
            return "FFmpeg stalled: no segment for " + stallLimit().toSeconds() + " s";
        } else if (code == 0) {
            return "feed ended";
        } else {
            return lastError != null ? lastError : "FFmpeg exited with code " + code;
        }
    }

    /** Stops FFmpeg (SIGTERM, then SIGKILL) and deletes its staging folder: blocking, off the channel's thread. */
    public void terminate() {
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
        staging.delete();
    }

    /** Blocking: off the channel's thread. */
    public void deleteStaging() {
        staging.delete();
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
