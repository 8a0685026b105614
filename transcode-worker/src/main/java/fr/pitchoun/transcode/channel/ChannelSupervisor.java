package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.config.TranscodeConfig;
import fr.pitchoun.transcode.event.StreamStateEvent;
import fr.pitchoun.transcode.ffmpeg.HlsCommand;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Owns every channel's FFmpeg. Events are applied off the Kafka thread (stopping FFmpeg can take seconds and Kafka
 * must see records acknowledged fast), in order per channel, each channel on its own command queue.
 */
@ApplicationScoped
public class ChannelSupervisor {

    private static final Logger LOG = Logger.getLogger(ChannelSupervisor.class);

    private final TranscodeConfig config;
    private final HlsCommand command;
    private final MeterRegistry registry;
    private final ConcurrentSkipListMap<String, Channel> channels = new ConcurrentSkipListMap<>();

    public ChannelSupervisor(TranscodeConfig config, MeterRegistry registry) {
        this.config = config;
        this.command = new HlsCommand(config);
        this.registry = registry;
    }

    /** Queues what the event asks for; returns at once. */
    public void apply(StreamStateEvent event) {
        switch (event.state()) {
            case PUBLISHING -> {
                Channel channel = channels.computeIfAbsent(event.channel(), this::newChannel);
                channel.commands.execute(() -> channel.transcoder.start(event.pullUrl()));
            }
            case UNPUBLISHED -> {
                Channel channel = channels.get(event.channel());
                if (channel == null) {
                    LOG.infof("[%s] UNPUBLISHED for a channel this worker never transcoded: nothing to stop",
                            event.channel());
                    return;
                }
                channel.commands.execute(channel.transcoder::stop);
            }
        }
    }

    /** Every channel this worker has transcoded since it started, by name. */
    public List<ChannelStatus> statuses() {
        return channels.values().stream().map(channel -> channel.transcoder.status()).toList();
    }

    @PreDestroy
    void stopAll() throws InterruptedException {
        for (Channel channel : channels.values()) {
            channel.commands.execute(channel.transcoder::stop);
            channel.commands.shutdown();
        }
        for (Channel channel : channels.values()) {
            channel.commands.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private Channel newChannel(String name) {
        ChannelTranscoder transcoder = new ChannelTranscoder(name, config.hlsDir(), command);
        ChannelMetrics.register(registry, name, transcoder);
        // One thread at most, gone when idle: commands for a channel run in arrival order.
        ThreadPoolExecutor commands = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> new Thread(runnable, "channel-" + name));
        commands.allowCoreThreadTimeOut(true);
        return new Channel(transcoder, commands);
    }

    private record Channel(ChannelTranscoder transcoder, ExecutorService commands) {
    }
}
