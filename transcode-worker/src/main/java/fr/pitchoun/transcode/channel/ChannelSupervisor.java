package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.config.TranscodeConfig;
import fr.pitchoun.transcode.ffmpeg.LadderCommand;
import fr.pitchoun.transcode.ffmpeg.ProcessFactory;
import fr.pitchoun.transcode.ffmpeg.SourceProbe;
import fr.pitchoun.transcode.ingest.IngestChannel;
import fr.pitchoun.transcode.slate.SlateEncoder;
import fr.pitchoun.transcode.state.TranscodeStatePublisher;
import fr.pitchoun.transcode.still.StillWriter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The channels this worker has on air: those of the stream-state partitions it owns. It opens a channel when it hears
 * of it (an event, or live-ingest-service's list when partitions are assigned) and keeps it on air, live or on the
 * slate, until its partition goes to another worker or the worker stops.
 */
@ApplicationScoped
public class ChannelSupervisor {

    private static final Logger LOG = Logger.getLogger(ChannelSupervisor.class);

    private final Path hlsDir;
    private final ChannelSettings settings;
    private final ChannelTools tools;
    private final MeterRegistry registry;
    private final ConcurrentSkipListMap<String, ChannelRunner> channels = new ConcurrentSkipListMap<>();
    /** Slow work of every channel: ffprobe, slate encoding, waiting for FFmpeg to stop. */
    private final ExecutorService blocking = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "channel-work");
        t.setDaemon(true);
        return t;
    });

    public ChannelSupervisor(TranscodeConfig config, MeterRegistry registry, TranscodeStatePublisher states,
                             LadderCommand command, SourceProbe probe, SlateEncoder slates, ProcessFactory processes,
                             Clock clock, StillWriter stills) {
        this.hlsDir = config.hlsDir();
        this.settings = ChannelSettings.of(config);
        this.tools = new ChannelTools(command, probe::probe, slates::prepare, processes, clock, states::publish,
                stills::renew);
        this.registry = registry;
    }

    /** The control room is on air on the channel (a stream-state event); returns at once. */
    public void publishing(String channel, String eventId, String pullUrl, Instant at) {
        open(channel).publishing(eventId, pullUrl, at);
    }

    /** The control room went off air on the channel (a stream-state event); returns at once. */
    public void unpublished(String channel, String eventId, Instant at) {
        open(channel).unpublished(eventId, at);
    }

    /** Puts on air the channels of live-ingest-service's list, live ones on their feed; returns at once. */
    public void adopt(List<IngestChannel> list) {
        for (IngestChannel c : list) {
            if (!c.enabled()) {
                continue;
            }
            ChannelRunner channel = open(c.slug());
            channel.register(c.name(), c.slate());
            if (c.live() && c.pullUrl() != null && c.liveSince() != null) {
                channel.publishing(null, c.pullUrl(), c.liveSince());
            }
        }
    }

    /** Takes the matching channels off this worker (their partitions went elsewhere); the files stay for the next one. */
    public void release(Predicate<String> which) {
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (String name : List.copyOf(channels.keySet())) {
            if (which.test(name)) {
                ChannelRunner channel = channels.remove(name);
                LOG.infof("[%s] released by this worker", name);
                closing.add(channel.close());
                registry.getMeters().stream().filter(m -> name.equals(m.getId().getTag("channel")))
                        .forEach(registry::remove);
            }
        }
        CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).orTimeout(15, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
    }

    /** Every channel this worker has on air, by name. */
    public List<ChannelStatus> statuses() {
        return channels.values().stream().map(ChannelRunner::status).toList();
    }

    @PreDestroy
    void stopAll() {
        release(name -> true);
        blocking.shutdownNow();
    }

    private ChannelRunner open(String name) {
        return channels.computeIfAbsent(name, n -> {
            ChannelRunner channel = new ChannelRunner(n, hlsDir, settings, tools, blocking);
            channel.open();
            ChannelMetrics.register(registry, n, channel);
            return channel;
        });
    }
}
