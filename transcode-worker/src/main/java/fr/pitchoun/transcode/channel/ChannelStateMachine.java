package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.ffmpeg.FfmpegRun;
import fr.pitchoun.transcode.ffmpeg.Rendition;
import fr.pitchoun.transcode.ffmpeg.Source;
import fr.pitchoun.transcode.ffmpeg.StagingFolder;
import fr.pitchoun.transcode.ffmpeg.Variant;
import fr.pitchoun.transcode.hls.ChannelPlaylists;
import fr.pitchoun.transcode.state.ChannelState;
import fr.pitchoun.transcode.state.TranscodeStateChange;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One channel on air, 24/7: the control room's feed through FFmpeg's ladder when there is one, the standby slate
 * otherwise, always in the same public playlists. This is the channel's state machine: what the feed events ask for
 * ({@link FeedEvents}), FFmpeg's runs and their restarts ({@link RestartPolicy}), the state shown. One
 * {@link FfmpegRun} at a time transcodes the feed, and the {@link ChannelPackager} puts its segments, or the slate's,
 * into the playlists. Every method runs on the channel's thread ({@link ChannelLoop}); time is the injected clock's.
 */
final class ChannelStateMachine implements ChannelPackager.OnAir {

    private static final Logger LOG = Logger.getLogger(ChannelStateMachine.class);

    private final String channel;
    private final ChannelSettings settings;
    private final ChannelTools tools;
    private final ChannelLoop loop;
    private final Path workDir;
    private final ChannelPackager packager;
    private final ChannelSlate standby;
    private final FeedEvents events;
    private final RestartPolicy restarts;

    // What the control room wants, from the stream-state events (or live-ingest-service's list).
    private String pullUrl;
    /** In live-ingest-service's list: on air 24/7. One only heard of through events gets a slate once measured. */
    private boolean registered;

    private FfmpegRun run;
    /** Bumped by every start and stop, so that a late probe result for an abandoned attempt is ignored. */
    private int attempt;
    private ChannelLoop.Planned restart;

    private ChannelState state = ChannelState.SLATE;
    private Instant since;
    private String reason = "no feed yet";
    private volatile ChannelStatus snapshot;
    private boolean closed;

    ChannelStateMachine(String channel, Path hlsDir, ChannelSettings settings, ChannelTools tools, ChannelLoop loop) {
        this.channel = channel;
        this.settings = settings;
        this.tools = tools;
        this.loop = loop;
        this.workDir = hlsDir.resolve(".transcode").resolve(channel);
        this.events = new FeedEvents(channel);
        this.restarts = new RestartPolicy(settings.maxRestartDelaySeconds());
        this.packager = new ChannelPackager(channel, settings.ladder(), new ChannelPlaylists(hlsDir.resolve(channel),
                settings.playlistSegments(), (int) settings.segment().toSeconds(), settings.startOverSegments()),
                settings.segment(),
                settings.audioKbps(), this, tools.clock(), tools.stills());
        this.standby = new ChannelSlate(channel, workDir, tools.slates(), loop, packager);
        this.since = tools.clock().instant();
        refreshSnapshot();
    }

    /** Takes over the channel's folder (going on from what a previous owner left) and puts it on air. */
    void open() throws IOException {
        packager.resume();
        LOG.infof("[%s] on air (%s)", channel, packager.publicRenditions().isEmpty() ? "new"
                : "resuming " + packager.publicRenditions());
        tools.changes().accept(new TranscodeStateChange(channel, state, reason, packager.announcedNames(), since));
    }

    /** A channel of live-ingest-service's list, with its display name and slate picture (null: the generated card). */
    void register(String name, String picture) {
        registered = true;
        standby.describe(name, picture);
    }

    /** The control room is on air at {@code url} since {@code at}. */
    void publishing(String eventId, String url, Instant at) {
        if (!events.fresh(eventId, at)) {
            return;
        }
        boolean sameFeed = url.equals(pullUrl) && !at.isAfter(events.changedAt())
                && (run != null || restart != null || state == ChannelState.STARTING);
        events.changed(at);
        if (sameFeed) {
            return;
        }
        pullUrl = url;
        restarts.reset();
        stopRun();
        startRun();
    }

    /** The control room went off air at {@code at}: the slate stays on air until it comes back. */
    void unpublished(String eventId, Instant at) {
        if (!events.fresh(eventId, at)) {
            return;
        }
        events.changed(at);
        pullUrl = null;
        attempt++;
        cancelRestart();
        restarts.reset();
        stopRun();
        moveTo(ChannelState.SLATE, "feed stopped");
    }

    /** Takes the channel off this worker (shutdown, or its partition went to another worker); the files stay. */
    CompletableFuture<Void> close() {
        closed = true;
        attempt++;
        cancelRestart();
        FfmpegRun stopping = run;
        run = null;
        return stopping == null ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(
                stopping::terminate, loop::background);
    }

    /** Every 100 ms: live segments to the playlists, the slate when they are late, the stall watchdog. */
    void tick() throws IOException {
        if (closed) {
            return;
        }
        Instant now = tools.clock().instant();
        if (packager.nothingAnnounced() && pullUrl == null
                && (registered || !packager.publicRenditions().isEmpty())) {
            // Off air from the start: the slate on the renditions found on disk, or on the whole ladder.
            List<Rendition> onDisk = packager.publicLadder();
            standby.announceSlateOnly(onDisk.isEmpty() ? settings.ladder() : onDisk);
        }
        if (run != null) {
            packager.publishLive(run, now);
            run.killIfStalled(now);
        }
        packager.publishSlateIfDue(now);
        refreshSnapshot();
    }

    /** The channel's status as last refreshed on its thread; readable from any thread. */
    ChannelStatus status() {
        ChannelStatus s = snapshot;
        Double age = s.lastSegmentAt() == null ? null
                : Duration.between(s.lastSegmentAt(), tools.clock().instant()).toMillis() / 1000.0;
        return new ChannelStatus(s.channel(), s.state(), s.since(), s.reason(), s.renditions(), s.speed(), s.restarts(),
                s.ffmpegPid(), s.lastSegmentAt(), age, s.lastLiveSegmentAt(), s.startOverSeconds(), s.hlsBytes());
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
        loop.offThread(() -> tools.probe().probe(url), (source, error) -> {
            if (mine != attempt) {
                return;
            }
            if (error != null) {
                failed("cannot read the feed: " + error.getMessage());
            } else {
                launch(url, source);
            }
        });
    }

    private void launch(String url, Source source) throws IOException {
        List<Variant> variants = Rendition.forSource(settings.ladder(), source.width(), source.height(), source.fps());
        StagingFolder staging = new StagingFolder(workDir.resolve("run-" + attempt));
        staging.clear();
        FfmpegRun started;
        try {
            started = FfmpegRun.start(channel, tools.processes(), tools.command().live(url, source, variants, staging),
                    staging, variants, settings.segment(), settings.stallSegments(), tools.clock().instant());
        } catch (IOException e) {
            failed("cannot start FFmpeg: " + e.getMessage());
            return;
        }
        standby.announce(variants);
        run = started;
        LOG.infof("[%s] FFmpeg started (pid %d) on %s, %dx%d at %.2f fps%s, renditions %s", channel, started.pid(), url,
                source.width(), source.height(), source.fps(), source.hasAudio() ? "" : " without audio",
                variants.stream().map(v -> v.name() + "=" + v.width() + "x" + v.height()).toList());
        started.watch(code -> loop.onThread(() -> ended(started, code)));
    }

    /** FFmpeg exited by itself (or was killed for stalling). */
    private void ended(FfmpegRun ended, int code) throws IOException {
        if (ended != run) {
            return; // stopped on purpose: stopRun() took care of it
        }
        run = null;
        packager.liveStopped(ended);
        loop.background(ended::deleteStaging);
        String why = ended.exitReason(code);
        LOG.warnf("[%s] FFmpeg (pid %d) ended, exit code %d: %s", channel, ended.pid(), code, why);
        failed(why);
    }

    private void failed(String why) throws IOException {
        restarts.failed();
        if (packager.nothingAnnounced() && registered) {
            // Never measured a feed: the slate goes out on the whole ladder, the channel is never dark.
            standby.announceSlateOnly(settings.ladder());
        }
        if (pullUrl == null || closed) {
            moveTo(ChannelState.SLATE, why);
            return;
        }
        Duration delay = restarts.delay();
        moveTo(restarts.failing() ? ChannelState.FAILED : ChannelState.SLATE, why);
        LOG.infof("[%s] restarting FFmpeg in %d s (failure %d in a row)", channel, delay.toSeconds(),
                restarts.failures());
        restart = loop.later(delay, () -> {
            restart = null;
            restarts.restarted();
            startRun();
        });
    }

    private void stopRun() {
        attempt++;
        if (run == null) {
            return;
        }
        FfmpegRun stopping = run;
        run = null;
        packager.liveStopped(stopping);
        loop.background(stopping::terminate);
    }

    private void cancelRestart() {
        if (restart != null) {
            restart.cancel();
            restart = null;
        }
    }

    /** A live segment went on air. */
    @Override
    public void live(boolean discontinuity) {
        restarts.reset();
        if (state != ChannelState.LIVE) {
            LOG.infof("[%s] live%s", channel, discontinuity ? " (discontinuity)" : "");
            moveTo(ChannelState.LIVE, null);
        }
    }

    /** A slate segment went on air. */
    @Override
    public void slate() {
        if (state == ChannelState.LIVE) {
            // FFmpeg still runs but is late: viewers see the slate, so does the status.
            moveTo(ChannelState.SLATE, "live segment late");
        }
    }

    private void moveTo(ChannelState next, String why) {
        if (next == state && Objects.equals(why, reason)) {
            return;
        }
        state = next;
        reason = why;
        since = tools.clock().instant();
        refreshSnapshot();
        tools.changes().accept(new TranscodeStateChange(channel, state, reason, packager.announcedNames(), since));
    }

    private void refreshSnapshot() {
        FfmpegRun r = run;
        snapshot = new ChannelStatus(channel, state, since, reason, packager.announcedNames(),
                r == null ? null : r.speed(), restarts.restarts(), r == null ? null : r.pid(),
                packager.lastPublishedAt(), null, packager.lastLiveAt(), packager.startOverSeconds(),
                packager.keptBytes());
    }
}
