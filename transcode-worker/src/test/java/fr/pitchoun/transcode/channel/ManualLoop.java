package fr.pitchoun.transcode.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A channel's loop for unit tests: the steps run when the test says ({@link #drain}), slow work runs at once, and
 * time is a clock of the test's own that only moves by {@link #advance}.
 */
final class ManualLoop implements ChannelLoop {

    /** The test's clock: stands still until told. */
    static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private record Timer(Instant due, Step step, boolean[] cancelled) {
    }

    final ManualClock clock;
    private final Deque<Step> queue = new ArrayDeque<>();
    private final List<Timer> timers = new ArrayList<>();

    ManualLoop(Instant start) {
        this.clock = new ManualClock(start);
    }

    @Override
    public synchronized void onThread(Step step) {
        queue.add(step);
    }

    @Override
    public <T> void offThread(SlowWork<T> work, Outcome<T> then) {
        T result = null;
        Throwable error = null;
        try {
            result = work.get();
        } catch (Exception e) {
            error = e;
        }
        T r = result;
        Throwable e = error;
        onThread(() -> then.accept(r, e));
    }

    @Override
    public synchronized Planned later(Duration delay, Step step) {
        boolean[] cancelled = {false};
        timers.add(new Timer(clock.instant().plus(delay), step, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public void background(Runnable work) {
        work.run();
    }

    /** Runs every queued step, and those they queue, in order. */
    void drain() throws Exception {
        while (true) {
            Step next;
            synchronized (this) {
                next = queue.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }

    /** Moves the clock on, runs the timers that fell due, then the queue. */
    void advance(Duration by) throws Exception {
        clock.now = clock.now.plus(by);
        List<Timer> due;
        synchronized (this) {
            due = timers.stream().filter(t -> !t.due().isAfter(clock.now)).toList();
            timers.removeAll(due);
        }
        for (Timer t : due) {
            if (!t.cancelled()[0]) {
                t.step().run();
            }
        }
        drain();
    }
}
