package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.config.TranscodeConfig;
import fr.pitchoun.transcode.ffmpeg.LadderCommand;
import fr.pitchoun.transcode.ffmpeg.ProgressParser;
import fr.pitchoun.transcode.ffmpeg.Rendition;
import fr.pitchoun.transcode.ffmpeg.Source;
import fr.pitchoun.transcode.ffmpeg.SourceProbe;
import fr.pitchoun.transcode.ffmpeg.Variant;
import fr.pitchoun.transcode.hls.ChannelPlaylists;
import fr.pitchoun.transcode.hls.MediaPlaylist;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One channel on air, 24/7: the control room's feed through FFmpeg's ladder when there is one, the standby slate
 * otherwise, always in the same public playlists ({@link ChannelPlaylists}).
 * <p>
 * Everything about the channel happens on its own thread: Kafka events, FFmpeg exits and a tick every 100 ms that
 * moves finished segments from FFmpeg's staging folder to the playlists, puts the slate in when the live segments stop
 * coming, and kills an FFmpeg that stalls. Slow work (ffprobe, slate encoding, waiting for FFmpeg to stop) runs on a
 * shared pool and reports back to that thread, so the playlists never wait.
 */
public class ChannelRunner {

    private static final Logger LOG = Logger.getLogger(ChannelRunner.class);
    private static final long TICK_MILLIS = 100;
    /** A live segment this late (in segment durations) is given up on for this slot: the slate fills it. */
    private static final double LIVE_GRACE_SEGMENTS = 1.75;
    /** FFmpeg closes its files on SIGTERM within a second; past this it is killed. */
    private static final long STOP_GRACE_SECONDS = 5;
    /** Failed starts in a row after which the channel shows FAILED (restarts go on). */
    private static final int FAILED_AFTER = 3;
    private static final int REMEMBERED_EVENTS = 64;

    /** A state change, for the transcode-state topic. */
    public record Change(String channel, ChannelState state, String reason, List<String> renditions, Instant at) {
    }

    private final String channel;
    private final TranscodeConfig config;
    private final List<Rendition> ladder;
    private final LadderCommand command;
    private final SourceProbe probe;
    private final Path workDir;
    private final ChannelPlaylists playlists;
    private final Executor blocking;
    private final Consumer<Change> changes;
    private final ScheduledExecutorService thread;
    private final Duration segment;

    // What the control room wants, from the stream-state events (or live-ingest-service's list).
    private String pullUrl;
    private Instant feedChangedAt = Instant.EPOCH;
    private final Map<String, Boolean> seenEvents = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    };
    private String displayName;
    private String slatePicture;
    /** In live-ingest-service's list: on air 24/7. One only heard of through events gets a slate once measured. */
    private boolean registered;

    private SlateLoop slate;
    private List<Rendition> slateRenditions = List.of();
    private boolean slateInProgress;
    private int slateIndex;

    private Run run;
    /** Bumped by every start and stop, so that a late probe result for an abandoned attempt is ignored. */
    private int attempt;
    private ScheduledFuture<?> restart;
    private int failures;
    private int restarts;

    /** Where the last published slot came from: a {@link Run} or the {@link SlateLoop}. */
    private Object lastSource;
    private Instant lastPublishedAt;
    private Instant lastLiveAt;
    /** When the slate must fill the next slot if no live segment came. */
    private Instant slateDueAt = Instant.now();
    private List<Variant> announced = List.of();

    private ChannelState state = ChannelState.SLATE;
    private Instant since = Instant.now();
    private String reason = "no feed yet";
    private volatile ChannelStatus snapshot;
    private boolean closed;

    /** One FFmpeg process and the staging folder it writes into. */
    private static final class Run {
        final Process process;
        final Path staging;
        final List<Variant> variants;
        final Instant startedAt = Instant.now();
        Instant lastSegmentAt;
        long nextIndex;
        boolean published;
        volatile Double speed;
        volatile String lastError;
        boolean stalled;

        Run(Process process, Path staging, List<Variant> variants) {
            this.process = process;
            this.staging = staging;
            this.variants = variants;
        }
    }

    public ChannelRunner(String channel, TranscodeConfig config, Executor blocking, Consumer<Change> changes) {
        this.channel = channel;
        this.config = config;
        this.ladder = Rendition.ladder(config.renditions());
        this.command = new LadderCommand(config);
        this.probe = new SourceProbe(config.ffprobe());
        this.workDir = config.hlsDir().resolve(".transcode").resolve(channel);
        this.playlists = new ChannelPlaylists(config.hlsDir().resolve(channel), config.playlistSegments(),
                config.segmentSeconds());
        this.blocking = blocking;
        this.changes = changes;
        this.segment = Duration.ofSeconds(config.segmentSeconds());
        this.displayName = channel;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "channel-" + channel);
            t.setDaemon(true);
            return t;
        });
        refreshSnapshot();
    }

    /** Takes over the channel's folder (going on from what a previous owner left) and puts it on air. */
    public void open() {
        onThread(() -> {
            if (playlists.resume(ladder.stream().map(Rendition::name).toList())) {
                // The previous owner's timestamps end here: whatever comes next is a discontinuity.
                lastSource = this;
                lastPublishedAt = Instant.now();
            }
            LOG.infof("[%s] on air (%s)", channel, playlists.renditions().isEmpty() ? "new"
                    : "resuming " + playlists.renditions());
            changes.accept(new Change(channel, state, reason, announcedNames(), since));
        });
        thread.scheduleAtFixedRate(this::tickSafely, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A channel of live-ingest-service's list, with its display name and slate picture (null: the generated card). */
    public void register(String name, String picture) {
        onThread(() -> {
            registered = true;
            displayName = name != null ? name : channel;
            slatePicture = picture;
        });
    }

    /** The control room is on air at {@code url} since {@code at}. */
    public void publishing(String eventId, String url, Instant at) {
        onThread(() -> {
            if (!fresh(eventId, at)) {
                return;
            }
            boolean sameFeed = url.equals(pullUrl) && !at.isAfter(feedChangedAt)
                    && (run != null || restart != null || state == ChannelState.STARTING);
            feedChangedAt = at;
            if (sameFeed) {
                return;
            }
            pullUrl = url;
            failures = 0;
            stopRun();
            startRun();
        });
    }

    /** The control room went off air at {@code at}: the slate stays on air until it comes back. */
    public void unpublished(String eventId, Instant at) {
        onThread(() -> {
            if (!fresh(eventId, at)) {
                return;
            }
            feedChangedAt = at;
            pullUrl = null;
            attempt++;
            cancelRestart();
            failures = 0;
            stopRun();
            moveTo(ChannelState.SLATE, "feed stopped");
        });
    }

    /** Takes the channel off this worker (shutdown, or its partition went to another worker); the files stay. */
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onThread(() -> {
            closed = true;
            attempt++;
            cancelRestart();
            Run stopping = run;
            run = null;
            CompletableFuture<Void> stopped = stopping == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> terminate(stopping), blocking);
            stopped.whenComplete((ignored, error) -> {
                thread.shutdown();
                done.complete(null);
            });
        });
        return done;
    }

    public ChannelStatus status() {
        ChannelStatus s = snapshot;
        Double age = s.lastSegmentAt() == null ? null
                : Duration.between(s.lastSegmentAt(), Instant.now()).toMillis() / 1000.0;
        return new ChannelStatus(s.channel(), s.state(), s.since(), s.reason(), s.renditions(), s.speed(), s.restarts(),
                s.ffmpegPid(), s.lastSegmentAt(), age, s.lastLiveSegmentAt());
    }

    // ---- on the channel's thread ----

    private boolean fresh(String eventId, Instant at) {
        if (eventId != null && seenEvents.put(eventId, Boolean.TRUE) != null) {
            LOG.debugf("[%s] event %s seen before: ignored", channel, eventId);
            return false;
        }
        if (at.isBefore(feedChangedAt)) {
            LOG.infof("[%s] event of %s older than what is known (%s): ignored", channel, at, feedChangedAt);
            return false;
        }
        return true;
    }

    private void startRun() {
        cancelRestart();
        if (pullUrl == null || closed) {
            return;
        }
        int mine = ++attempt;
        String url = pullUrl;
        if (state != ChannelState.FAILED) {
            // FAILED stays shown while the restarts go on, until one of them brings the feed back.
            moveTo(ChannelState.STARTING, null);
        }
        offThread(() -> probe.probe(url)).whenComplete((source, error) -> onThread(() -> {
            if (mine != attempt) {
                return;
            }
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                failed("cannot read the feed: " + cause.getMessage());
            } else {
                launch(url, source);
            }
        }));
    }

    private void launch(String url, Source source) throws IOException {
        List<Variant> variants = Rendition.forSource(ladder, source.width(), source.height(), source.fps());
        Path staging = workDir.resolve("run-" + attempt);
        deleteRecursively(staging);
        Files.createDirectories(staging);
        Process process;
        try {
            process = new ProcessBuilder(command.live(url, source, variants, staging)).start();
        } catch (IOException e) {
            failed("cannot start FFmpeg: " + e.getMessage());
            return;
        }
        announce(variants);
        Run started = new Run(process, staging, variants);
        run = started;
        LOG.infof("[%s] FFmpeg started (pid %d) on %s, %dx%d at %.2f fps%s, renditions %s", channel, process.pid(), url,
                source.width(), source.height(), source.fps(), source.hasAudio() ? "" : " without audio",
                variants.stream().map(v -> v.name() + "=" + v.width() + "x" + v.height()).toList());
        ProgressParser parser = new ProgressParser();
        readLines("ffmpeg-progress-" + channel, process.inputReader(),
                line -> parser.accept(line).map(ProgressParser.Progress::speed).ifPresent(s -> started.speed = s));
        Thread errors = readLines("ffmpeg-errors-" + channel, process.errorReader(), line -> {
            started.lastError = line;
            LOG.warnf("[%s] ffmpeg: %s", channel, line);
        });
        process.onExit().thenAccept(p -> {
            // Its last error line is the reason shown for a failure: let the reader catch up first.
            awaitQuietly(errors);
            onThread(() -> ended(started, p.exitValue()));
        });
    }

    /** FFmpeg exited by itself (or was killed for stalling). */
    private void ended(Run ended, int code) throws IOException {
        if (ended != run) {
            return; // stopped on purpose: stopRun() took care of it
        }
        run = null;
        liveStopped(ended);
        blocking.execute(() -> deleteRecursively(ended.staging));
        String why;
        if (ended.stalled) {
            why = "FFmpeg stalled: no segment for " + stallLimit(ended).toSeconds() + " s";
        } else if (code == 0) {
            why = "feed ended";
        } else {
            why = ended.lastError != null ? ended.lastError : "FFmpeg exited with code " + code;
        }
        LOG.warnf("[%s] FFmpeg (pid %d) ended, exit code %d: %s", channel, ended.process.pid(), code, why);
        failed(why);
    }

    private void failed(String why) throws IOException {
        failures++;
        if (announced.isEmpty() && registered) {
            // Never measured a feed: the slate goes out on the whole ladder, the channel is never dark.
            announce(ladder.stream().map(r -> Variant.slate(r, 25)).toList());
        }
        if (pullUrl == null || closed) {
            moveTo(ChannelState.SLATE, why);
            return;
        }
        long delay = Math.min(config.maxRestartDelaySeconds(), 1L << Math.min(failures - 1, 20));
        moveTo(failures >= FAILED_AFTER ? ChannelState.FAILED : ChannelState.SLATE, why);
        LOG.infof("[%s] restarting FFmpeg in %d s (failure %d in a row)", channel, delay, failures);
        restart = thread.schedule(() -> {
            restart = null;
            restarts++;
            startRun();
        }, delay, TimeUnit.SECONDS);
    }

    private void stopRun() {
        attempt++;
        if (run == null) {
            return;
        }
        Run stopping = run;
        run = null;
        liveStopped(stopping);
        blocking.execute(() -> terminate(stopping));
    }

    /** The live segments of this run stop here: the slate takes the next slot when it is due, not later. */
    private void liveStopped(Run stopped) {
        if (lastSource == stopped && lastPublishedAt != null) {
            Instant due = lastPublishedAt.plus(segment);
            if (due.isBefore(slateDueAt)) {
                slateDueAt = due;
            }
        }
    }

    private void cancelRestart() {
        if (restart != null) {
            restart.cancel(false);
            restart = null;
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "[%s] tick failed", channel);
        }
    }

    private void tick() throws IOException {
        if (closed) {
            return;
        }
        Instant now = Instant.now();
        if (announced.isEmpty() && pullUrl == null && (registered || !playlists.renditions().isEmpty())) {
            // Off air from the start: the slate on the renditions found on disk, or on the whole ladder.
            List<Rendition> onDisk = ladder.stream().filter(r -> playlists.renditions().contains(r.name())).toList();
            announce((onDisk.isEmpty() ? ladder : onDisk).stream().map(r -> Variant.slate(r, 25)).toList());
        }
        if (run != null) {
            publishLive(run, now);
            Duration silent = Duration.between(run.lastSegmentAt != null ? run.lastSegmentAt : run.startedAt, now);
            if (!run.stalled && silent.compareTo(stallLimit(run)) > 0) {
                // An FFmpeg pulling RTMP can wait forever for a publisher that is gone: only SIGKILL is sure.
                LOG.warnf("[%s] no segment from FFmpeg (pid %d) for %d ms: killing it", channel, run.process.pid(),
                        silent.toMillis());
                run.stalled = true;
                run.process.destroyForcibly();
            }
        }
        if (slate != null && !now.isBefore(slateDueAt)) {
            publishSlate(now);
        }
        refreshSnapshot();
    }

    private Duration stallLimit(Run r) {
        // The first segment also waits for FFmpeg to connect and fill its encoders.
        int segments = config.stallSegments() + (r.published ? 0 : 2);
        return segment.multipliedBy(segments);
    }

    /** Moves every segment FFmpeg finished in all renditions and in the audio into the public playlists. */
    private void publishLive(Run r, Instant now) throws IOException {
        List<String> staging = new ArrayList<>(r.variants.stream().map(Variant::name).toList());
        staging.add(ChannelPlaylists.AUDIO);
        while (true) {
            Map<String, Path> staged = new HashMap<>();
            double duration = 0;
            for (String name : staging) {
                List<MediaPlaylist.Segment> listed = MediaPlaylist.read(r.staging.resolve(name + ".m3u8")).segments();
                if (!r.published && !listed.isEmpty()) {
                    r.nextIndex = Math.max(r.nextIndex, index(listed.get(0).uri()));
                }
                Optional<MediaPlaylist.Segment> next = listed.stream()
                        .filter(s -> index(s.uri()) == r.nextIndex).findFirst();
                if (next.isEmpty()) {
                    return;
                }
                staged.put(name, r.staging.resolve(next.get().uri()));
                if (duration == 0) {
                    // The slot lasts as long as the video; the audio's cut falls within an AAC frame (21 ms) of it.
                    duration = next.get().duration();
                }
            }
            Map<String, Path> sources = pick(staged, r.variants.stream()
                    .collect(Collectors.toMap(Variant::name, Variant::height)));
            boolean discontinuity = lastSource != r;
            playlists.append(sources, duration, discontinuity);
            for (Path file : staged.values()) {
                Files.deleteIfExists(file);
            }
            r.nextIndex++;
            r.published = true;
            r.lastSegmentAt = now;
            lastSource = r;
            lastPublishedAt = now;
            lastLiveAt = now;
            slateDueAt = now.plusMillis((long) (segment.toMillis() * LIVE_GRACE_SEGMENTS));
            failures = 0;
            if (state != ChannelState.LIVE) {
                LOG.infof("[%s] live%s", channel, discontinuity ? " (discontinuity)" : "");
                moveTo(ChannelState.LIVE, null);
            }
        }
    }

    private void publishSlate(Instant now) throws IOException {
        if (slateIndex >= slate.size()) {
            slateIndex = 0;
        }
        boolean discontinuity = lastSource != slate || slateIndex == 0;
        Map<String, Path> files = new HashMap<>();
        slate.segments().forEach((rendition, loop) -> files.put(rendition, loop.get(slateIndex)));
        Map<String, Integer> heights = new HashMap<>();
        slateRenditions.forEach(r -> heights.put(r.name(), r.height()));
        double duration = slate.durations().get(slateIndex);
        playlists.append(pick(files, heights), duration, discontinuity);
        if (lastSource != slate) {
            LOG.infof("[%s] slate on air", channel);
        }
        if (state == ChannelState.LIVE) {
            // FFmpeg still runs but is late: viewers see the slate, so does the status.
            moveTo(ChannelState.SLATE, "live segment late");
        }
        slateIndex++;
        lastSource = slate;
        lastPublishedAt = now;
        // The slate keeps the pace of the clock, not of this thread: due times add up exactly.
        slateDueAt = slateDueAt.plusMillis(Math.round(duration * 1000));
        if (slateDueAt.isBefore(now.minus(segment))) {
            slateDueAt = now;
        }
    }

    /**
     * A file for every public rendition, from those available: its own, else the closest lower one (never a larger
     * picture than it declares), else the smallest; and the audio.
     */
    private Map<String, Path> pick(Map<String, Path> available, Map<String, Integer> heights) {
        Map<String, Path> chosen = new HashMap<>();
        chosen.put(ChannelPlaylists.AUDIO, available.get(ChannelPlaylists.AUDIO));
        for (String rendition : playlists.renditions()) {
            Path own = available.get(rendition);
            if (own != null) {
                chosen.put(rendition, own);
                continue;
            }
            int height = ladder.stream().filter(r -> r.name().equals(rendition)).mapToInt(Rendition::height)
                    .findFirst().orElse(Integer.MAX_VALUE);
            String best = heights.entrySet().stream().filter(e -> e.getValue() <= height)
                    .max(Map.Entry.comparingByValue())
                    .or(() -> heights.entrySet().stream().min(Map.Entry.comparingByValue()))
                    .map(Map.Entry::getKey).orElseThrow();
            chosen.put(rendition, available.get(best));
        }
        return chosen;
    }

    /** Makes sure these renditions have playlists and a slate, and declares them in the master playlist. */
    private void announce(List<Variant> variants) throws IOException {
        variants.forEach(v -> playlists.add(v.name()));
        playlists.writeMaster(variants, config.audioKbps());
        announced = variants;
        List<Rendition> wanted = ladder.stream().filter(r -> playlists.renditions().contains(r.name())).toList();
        if (!slateInProgress && !wanted.equals(slateRenditions)) {
            prepareSlate(wanted);
        }
    }

    private void prepareSlate(List<Rendition> renditions) {
        slateInProgress = true;
        offThread(() -> SlateLoop.prepare(command, workDir, displayName, slatePicture, renditions,
                config.segmentSeconds())).whenComplete((loop, error) -> onThread(() -> {
            slateInProgress = false;
            if (error != null) {
                LOG.errorf("[%s] no slate: %s", channel, error.getMessage());
                return;
            }
            boolean first = slate == null;
            slate = loop;
            slateRenditions = renditions;
            slateIndex = 0;
            if (first && lastSource == null) {
                slateDueAt = Instant.now();
            }
            List<Rendition> wanted = ladder.stream().filter(r -> playlists.renditions().contains(r.name())).toList();
            if (!wanted.equals(renditions)) {
                prepareSlate(wanted);
            }
        }));
    }

    private void moveTo(ChannelState next, String why) {
        if (next == state && Objects.equals(why, reason)) {
            return;
        }
        state = next;
        reason = why;
        since = Instant.now();
        refreshSnapshot();
        changes.accept(new Change(channel, state, reason, announcedNames(), since));
    }

    private List<String> announcedNames() {
        return announced.stream().sorted(Comparator.comparingInt(Variant::height).reversed()).map(Variant::name)
                .toList();
    }

    private void refreshSnapshot() {
        Run r = run;
        snapshot = new ChannelStatus(channel, state, since, reason, announcedNames(), r == null ? null : r.speed,
                restarts, r == null ? null : r.process.pid(), lastPublishedAt, null, lastLiveAt);
    }

    private interface Step {
        void run() throws IOException;
    }

    private void onThread(Step step) {
        try {
            thread.execute(() -> {
                try {
                    step.run();
                } catch (IOException | RuntimeException e) {
                    LOG.errorf(e, "[%s] %s", channel, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debugf("[%s] closed: %s", channel, e.getMessage());
        }
    }

    // ---- off the channel's thread ----

    private interface SlowWork<T> {
        T get() throws IOException, InterruptedException;
    }

    /** Runs slow work on the shared pool; its failure's message is the reason shown. */
    private <T> CompletableFuture<T> offThread(SlowWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }, blocking);
    }

    private void terminate(Run r) {
        Process process = r.process;
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
        deleteRecursively(r.staging);
    }

    private static long index(String uri) {
        int underscore = uri.lastIndexOf('_');
        int dot = uri.lastIndexOf('.');
        try {
            return Long.parseLong(uri.substring(underscore + 1, dot));
        } catch (RuntimeException e) {
            return -1;
        }
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
                // The process is gone; its exit is handled by ended().
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
