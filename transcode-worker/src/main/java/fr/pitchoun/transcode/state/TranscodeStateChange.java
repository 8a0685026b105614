package fr.pitchoun.transcode.state;

import java.time.Instant;
import java.util.List;

/** A change of a channel's state, for the transcode-state topic. */
public record TranscodeStateChange(String channel, ChannelState state, String reason, List<String> renditions,
                                   Instant at) {
}
