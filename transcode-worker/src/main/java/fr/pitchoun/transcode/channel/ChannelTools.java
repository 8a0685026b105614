package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.ffmpeg.LadderCommand;
import fr.pitchoun.transcode.ffmpeg.ProcessFactory;
import fr.pitchoun.transcode.ffmpeg.Source;
import fr.pitchoun.transcode.state.TranscodeStateChange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What a channel's state machine works with, shared by every channel of the worker: FFmpeg's commands and processes,
 * the feed's probe, the slate's encoder, the clock, where its state changes go, and who makes its stills.
 */
record ChannelTools(LadderCommand command, Probe probe, ChannelSlate.Encoder slates, ProcessFactory processes,
                    Clock clock, Consumer<TranscodeStateChange> changes, Stills stills) {

    /** Renews a channel's still from a published segment, off the channel's thread. */
    interface Stills {
        void renew(Path segment, Path still);
    }

    /** Measures a feed (ffprobe). Blocking: run off the channel's thread. */
    interface Probe {
        Source probe(String url) throws IOException, InterruptedException;
    }
}
