package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.state.ChannelState;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/** The per-channel meters at /q/metrics, read from the channel's status at scrape time. */
final class ChannelMetrics {

    private ChannelMetrics() {
    }

    static void register(MeterRegistry registry, String channel, ChannelRunner runner) {
        Tags tags = Tags.of("channel", channel);
        for (ChannelState state : ChannelState.values()) {
            Gauge.builder("pitchoun.transcode.channel.state", runner, r -> r.status().state() == state ? 1 : 0)
                    .description("1 when the channel is in this state, 0 otherwise")
                    .tags(tags.and("state", state.name()))
                    .register(registry);
        }
        Gauge.builder("pitchoun.transcode.channel.speed", runner, r -> orNaN(r.status().speed()))
                .description("FFmpeg encoding speed relative to real time (below 1 the channel falls behind)")
                .tags(tags)
                .register(registry);
        Gauge.builder("pitchoun.transcode.channel.last.segment.age", runner,
                        r -> orNaN(r.status().lastSegmentAgeSeconds()))
                .description("Time since a segment (live or slate) was last added to the channel's playlists")
                .baseUnit("seconds")
                .tags(tags)
                .register(registry);
        Gauge.builder("pitchoun.transcode.channel.renditions", runner, r -> r.status().renditions().size())
                .description("Renditions declared in the channel's master playlist")
                .tags(tags)
                .register(registry);
        Gauge.builder("pitchoun.transcode.channel.hls", runner, r -> r.status().hlsBytes())
                .description("Disk used by the channel's segments (live window and start-over)")
                .baseUnit("bytes")
                .tags(tags)
                .register(registry);
        Gauge.builder("pitchoun.transcode.channel.start.over", runner, r -> r.status().startOverSeconds())
                .description("How far back start-over reaches on the channel")
                .baseUnit("seconds")
                .tags(tags)
                .register(registry);
        FunctionCounter.builder("pitchoun.transcode.channel.restarts", runner, r -> r.status().restarts())
                .description("Automatic restarts of the channel's FFmpeg")
                .tags(tags)
                .register(registry);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
