package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.config.TranscodeConfig;
import fr.pitchoun.transcode.ffmpeg.LadderCommand;
import fr.pitchoun.transcode.ffmpeg.Rendition;
import fr.pitchoun.transcode.ffmpeg.Source;
import fr.pitchoun.transcode.ffmpeg.SourceProbe;
import fr.pitchoun.transcode.ffmpeg.Variant;
import fr.pitchoun.transcode.hls.ChannelPlaylists;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One channel on air, 24/7: the control room's feed through FFmpeg's ladder when there is one, the standby slate
 * otherwise, always in the same public playlists. This is the channel's state machine (feed events, FFmpeg restarts
 * with backoff, the state shown); one {@link FfmpegRun} at a time transcodes the feed, and the
 * {@link ChannelPackager} puts its segments, or the slate's, into the playlists.
 * <p>
 * Everything about the channel happens on its own thread: Kafka events, FFmpeg exits and a tick every 100 ms that
 * moves finished segments from FFmpeg's staging folder to the playlists, puts the slate in when the live segments stop
 * coming, and kills an FFmpeg that stalls. Slow work (ffprobe, slate encoding, waiting for FFmpeg to stop) runs on a
 * shared pool and reports back to that thread, so the playlists never wait.
 */
public class ChannelRunner {

    private static final Logger LOG = Logger.getLogger(ChannelRunner.class);
    private static final long TICK_MILLIS = 100;
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
    private final ChannelPackager packager;
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

    private boolean slateInProgress;

    private FfmpegRun run;
    /** Bumped by every start and stop, so that a late probe result for an abandoned attempt is ignored. */
    private int attempt;
    private ScheduledFuture<?> restart;
    private int failures;
    private int restarts;

    private ChannelState state = ChannelState.SLATE;
    private Instant since = Instant.now();
    private String reason = "no feed yet";
    private volatile ChannelStatus snapshot;
    private boolean closed;

    public ChannelRunner(String channel, TranscodeConfig config, Executor blocking, Consumer<Change> changes) {
        this.channel = channel;
        this.config = config;
        this.ladder = Rendition.ladder(config.renditions());
        this.command = new LadderCommand(config);
        this.probe = new SourceProbe(config.ffprobe());
        this.workDir = config.hlsDir().resolve(".transcode").resolve(channel);
        this.blocking = blocking;
        this.changes = changes;
        this.segment = Duration.ofSeconds(config.segmentSeconds());
        this.packager = new ChannelPackager(channel, ladder, new ChannelPlaylists(config.hlsDir().resolve(channel),
                config.playlistSegments(), config.segmentSeconds()), segment, config.audioKbps(),
                new ChannelPackager.OnAir() {
                    @Override
                    public void live(boolean discontinuity) {
                        livePublished(discontinuity);
                    }

                    @Override
                    public void slate() {
                        slatePublished();
                    }
                });
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
            packager.resume();
            LOG.infof("[%s] on air (%s)", channel, packager.publicRenditions().isEmpty() ? "new"
                    : "resuming " + packager.publicRenditions());
            changes.accept(new Change(channel, state, reason, packager.announcedNames(), since));
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
            FfmpegRun stopping = run;
            run = null;
            CompletableFuture<Void> stopped = stopping == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(stopping::terminate, blocking);
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
        FfmpegRun.clearStaging(staging);
        FfmpegRun started;
        try {
            started = FfmpegRun.start(channel, command.live(url, source, variants, staging), staging, variants,
                    segment, config.stallSegments());
        } catch (IOException e) {
            failed("cannot start FFmpeg: " + e.getMessage());
            return;
        }
        announce(variants);
        run = started;
        LOG.infof("[%s] FFmpeg started (pid %d) on %s, %dx%d at %.2f fps%s, renditions %s", channel, started.pid(), url,
                source.width(), source.height(), source.fps(), source.hasAudio() ? "" : " without audio",
                variants.stream().map(v -> v.name() + "=" + v.width() + "x" + v.height()).toList());
        started.watch(code -> onThread(() -> ended(started, code)));
    }

    /** FFmpeg exited by itself (or was killed for stalling). */
    private void ended(FfmpegRun ended, int code) throws IOException {
        if (ended != run) {
            return; // stopped on purpose: stopRun() took care of it
        }
        run = null;
        packager.liveStopped(ended);
        blocking.execute(ended::deleteStaging);
        String why = ended.exitReason(code);
        LOG.warnf("[%s] FFmpeg (pid %d) ended, exit code %d: %s", channel, ended.pid(), code, why);
        failed(why);
    }

    private void failed(String why) throws IOException {
        failures++;
        if (packager.nothingAnnounced() && registered) {
            // Never measured a feed: the slate goes out on the whole ladder, the channel is never dark.
            announce(slateOnly(ladder));
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
        FfmpegRun stopping = run;
        run = null;
        packager.liveStopped(stopping);
        blocking.execute(stopping::terminate);
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
        if (packager.nothingAnnounced() && pullUrl == null
                && (registered || !packager.publicRenditions().isEmpty())) {
            // Off air from the start: the slate on the renditions found on disk, or on the whole ladder.
            List<Rendition> onDisk = packager.publicLadder();
            announce(slateOnly(onDisk.isEmpty() ? ladder : onDisk));
        }
        if (run != null) {
            packager.publishLive(run, now);
            run.killIfStalled(now);
        }
        packager.publishSlateIfDue(now);
        refreshSnapshot();
    }

    /** A live segment went on air. */
    private void livePublished(boolean discontinuity) {
        failures = 0;
        if (state != ChannelState.LIVE) {
            LOG.infof("[%s] live%s", channel, discontinuity ? " (discontinuity)" : "");
            moveTo(ChannelState.LIVE, null);
        }
    }

    /** A slate segment went on air. */
    private void slatePublished() {
        if (state == ChannelState.LIVE) {
            // FFmpeg still runs but is late: viewers see the slate, so does the status.
            moveTo(ChannelState.SLATE, "live segment late");
        }
    }

    private static List<Variant> slateOnly(List<Rendition> renditions) {
        return renditions.stream().map(r -> Variant.slate(r, 25)).toList();
    }

    /** Makes sure these renditions have playlists and a slate, and declares them in the master playlist. */
    private void announce(List<Variant> variants) throws IOException {
        packager.announce(variants);
        if (!slateInProgress) {
            packager.slateNeeded().ifPresent(this::prepareSlate);
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
            packager.slateReady(loop, renditions);
            packager.slateNeeded().ifPresent(this::prepareSlate);
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
        changes.accept(new Change(channel, state, reason, packager.announcedNames(), since));
    }

    private void refreshSnapshot() {
        FfmpegRun r = run;
        snapshot = new ChannelStatus(channel, state, since, reason, packager.announcedNames(),
                r == null ? null : r.speed(), restarts, r == null ? null : r.pid(), packager.lastPublishedAt(), null,
                packager.lastLiveAt());
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
}
