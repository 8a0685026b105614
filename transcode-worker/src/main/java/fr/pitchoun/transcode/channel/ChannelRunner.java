package fr.pitchoun.transcode.channel;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One channel's own thread, which its {@link ChannelStateMachine} runs on: Kafka events, FFmpeg exits, restarts, and
 * a tick every 100 ms that moves finished segments to the playlists, puts the slate in when live segments stop
 * coming, and kills an FFmpeg that stalls. Slow work runs on the shared pool and reports back to that thread, so the
 * playlists never wait. Its public methods return at once.
 */
public final class ChannelRunner implements ChannelLoop {

    private static final Logger LOG = Logger.getLogger(ChannelRunner.class);
    private static final long TICK_MILLIS = 100;

    private final String channel;
    private final Executor blocking;
    private final ScheduledExecutorService thread;
    private final ChannelStateMachine machine;

    ChannelRunner(String channel, Path hlsDir, ChannelSettings settings, ChannelTools tools, Executor blocking) {
        this.channel = channel;
        this.blocking = blocking;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "channel-" + channel);
            t.setDaemon(true);
            return t;
        });
        this.machine = new ChannelStateMachine(channel, hlsDir, settings, tools, this);
    }

    /** Takes over the channel's folder (going on from what a previous owner left) and puts it on air. */
    public void open() {
        onThread(machine::open);
        thread.scheduleAtFixedRate(() -> {
            try {
                machine.tick();
            } catch (RuntimeException | IOException e) {
                LOG.errorf(e, "[%s] tick failed", channel);
            }
        }, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A channel of live-ingest-service's list, with its display name and slate picture (null: the generated card). */
    public void register(String name, String picture) {
        onThread(() -> machine.register(name, picture));
    }

    /** The control room is on air at {@code url} since {@code at} ({@code eventId} null: from the channel list). */
    public void publishing(String eventId, String url, Instant at) {
        onThread(() -> machine.publishing(eventId, url, at));
    }

    /** The control room went off air at {@code at}. */
    public void unpublished(String eventId, Instant at) {
        onThread(() -> machine.unpublished(eventId, at));
    }

    /** Takes the channel off this worker: FFmpeg stopped, then the thread; the files stay. */
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onThread(() -> machine.close().whenComplete((ignored, error) -> {
            thread.shutdown();
            done.complete(null);
        }));
        return done;
    }

    public ChannelStatus status() {
        return machine.status();
    }

    @Override
    public void onThread(Step step) {
        try {
            thread.execute(() -> run(step));
        } catch (RejectedExecutionException e) {
            LOG.debugf("[%s] closed: %s", channel, e.getMessage());
        }
    }

    @Override
    public <T> void offThread(SlowWork<T> work, Outcome<T> then) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(new IOException("interrupted", e));
            }
        }, blocking).whenComplete((result, error) -> onThread(() -> then.accept(result,
                error instanceof CompletionException && error.getCause() != null ? error.getCause() : error)));
    }

    @Override
    public Planned later(Duration delay, Step step) {
        try {
            ScheduledFuture<?> planned = thread.schedule(() -> run(step), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
            return () -> planned.cancel(false);
        } catch (RejectedExecutionException e) {
            return () -> {
            };
        }
    }

    @Override
    public void background(Runnable work) {
        blocking.execute(work);
    }

    private void run(Step step) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "[%s] %s", channel, e.getMessage());
        }
    }
}
