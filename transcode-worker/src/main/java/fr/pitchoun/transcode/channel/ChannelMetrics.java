package fr.pitchoun.transcode.channel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import java.time.Duration;
import java.time.Instant;

/** The per-channel gauges at /q/metrics, read from the transcoder's status at scrape time. */
final class ChannelMetrics {

    private ChannelMetrics() {
    }

    static void register(MeterRegistry registry, String channel, ChannelTranscoder transcoder) {
        Tags tags = Tags.of("channel", channel);
        for (ChannelState state : ChannelState.values()) {
            Gauge.builder("pitchoun.transcode.channel.state", transcoder, t -> t.status().state() == state ? 1 : 0)
                    .description("1 when the channel's FFmpeg is in this state, 0 otherwise")
                    .tags(tags.and("state", state.name()))
                    .register(registry);
        }
        Gauge.builder("pitchoun.transcode.channel.speed", transcoder, t -> orNaN(t.status().speed()))
                .description("FFmpeg encoding speed relative to real time (below 1 the channel falls behind)")
                .tags(tags)
                .register(registry);
        Gauge.builder("pitchoun.transcode.channel.last.segment.age", transcoder, ChannelMetrics::lastSegmentAge)
                .description("Time since FFmpeg last completed a segment")
                .baseUnit("seconds")
                .tags(tags)
                .register(registry);
    }

    private static double lastSegmentAge(ChannelTranscoder transcoder) {
        Instant last = transcoder.status().lastSegmentAt();
        return last == null ? Double.NaN : Duration.between(last, Instant.now()).toMillis() / 1000.0;
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
