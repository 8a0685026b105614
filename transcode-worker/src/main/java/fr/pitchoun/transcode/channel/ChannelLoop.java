package fr.pitchoun.transcode.channel;

import java.io.IOException;
import java.time.Duration;

/**
 * Where a channel's state machine runs: its own thread, which every step of the machine runs on, and the shared pool
 * its slow work (ffprobe, slate encoding, waiting for FFmpeg to stop) runs on, so that the playlists never wait.
 * {@link ChannelRunner} is the real one; unit tests run the steps themselves, on a clock of their own.
 */
interface ChannelLoop {

    /** A step of the state machine. */
    interface Step {
        void run() throws IOException;
    }

    /** Blocking work, off the channel's thread. */
    interface SlowWork<T> {
        T get() throws IOException, InterruptedException;
    }

    /** What comes of slow work, back on the channel's thread: its result, or why it failed. */
    interface Outcome<T> {
        void accept(T result, Throwable error) throws IOException;
    }

    /** A step planned for later, which can be called off. */
    interface Planned {
        void cancel();
    }

    /** Runs the step on the channel's thread, after those already queued. */
    void onThread(Step step);

    /** Runs {@code work} off the channel's thread, then {@code then} on it with its result or failure. */
    <T> void offThread(SlowWork<T> work, Outcome<T> then);

    /** Runs the step on the channel's thread once {@code delay} has passed. */
    Planned later(Duration delay, Step step);

    /** Runs blocking work off the channel's thread, with no answer expected. */
    void background(Runnable work);
}
