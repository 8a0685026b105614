package fr.pitchoun.transcode.event;

import fr.pitchoun.transcode.channel.ChannelSupervisor;
import fr.pitchoun.transcode.ingest.IngestChannel;
import fr.pitchoun.transcode.ingest.IngestClient;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Which channels this worker has on air follows which stream-state partitions it owns (a channel's events are keyed by
 * its slug). On assignment it asks live-ingest-service for the channels of those partitions, live or not, so a
 * channel resumes here when another worker stops, without waiting for its next event; on revocation it lets them go.
 * The assignor is cooperative (application.properties): a rebalance only moves the partitions that change owner.
 */
@ApplicationScoped
@Identifier(StreamStatePartitions.NAME)
public class StreamStatePartitions implements KafkaConsumerRebalanceListener {

    /** Its name in application.properties ({@code consumer-rebalance-listener.name}). */
    public static final String NAME = "stream-state-partitions";
    private static final Logger LOG = Logger.getLogger(StreamStatePartitions.class);
    private static final String TOPIC = "pitchoun.live.stream-state";
    private static final int MAX_RETRY_SECONDS = 60;

    private final ChannelSupervisor supervisor;
    private final IngestClient ingest;
    private final ScheduledExecutorService adoption = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "partition-adoption");
        t.setDaemon(true);
        return t;
    });
    /** Bumped by every rebalance: a retry planned for an older assignment gives up. */
    private final AtomicInteger generation = new AtomicInteger();
    /** Per owned partition, the time of the channel list adopted for it: older events are already reflected in it. */
    private final Map<Integer, Instant> adoptedAsOf = new ConcurrentHashMap<>();
    private volatile int partitionCount = 1;

    public StreamStatePartitions(ChannelSupervisor supervisor, IngestClient ingest) {
        this.supervisor = supervisor;
        this.ingest = ingest;
    }

    /** The partition a channel's events go to: Kafka's default partitioner on the slug. */
    static int partitionOf(String channel, int partitions) {
        return Utils.toPositive(Utils.murmur2(channel.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Set<Integer> assigned = numbers(partitions);
        if (assigned.isEmpty()) {
            return;
        }
        int count = consumer.partitionsFor(TOPIC).size();
        partitionCount = count;
        LOG.infof("stream-state partitions %s of %d assigned: adopting their channels from %s", assigned, count,
                ingest.address());
        int mine = generation.incrementAndGet();
        // Right here, before the partitions' backlog is read, so that the backlog can be told from news (a second or
        // two of the poll loop at most: the client gives up quickly and retries off this thread).
        adopt(assigned, count, mine, 1);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Set<Integer> revoked = numbers(partitions);
        if (revoked.isEmpty()) {
            return;
        }
        generation.incrementAndGet();
        revoked.forEach(adoptedAsOf::remove);
        int count = consumer.partitionsFor(TOPIC).size();
        LOG.infof("stream-state partitions %s revoked: releasing their channels", revoked);
        supervisor.release(channel -> revoked.contains(partitionOf(channel, count)));
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        onPartitionsRevoked(consumer, partitions);
    }

    private void adopt(Set<Integer> assigned, int count, int mine, int delaySeconds) {
        if (generation.get() != mine) {
            return;
        }
        try {
            IngestClient.Listing listing = ingest.channels();
            List<IngestChannel> channels = listing.channels().stream()
                    .filter(c -> assigned.contains(partitionOf(c.slug(), count))).toList();
            LOG.infof("adopting %s", channels.stream().map(c -> c.slug() + (c.live() ? " (live)" : "")).toList());
            supervisor.adopt(channels);
            // The Date header has whole seconds: events of that second are applied again, which is harmless.
            assigned.forEach(p -> adoptedAsOf.put(p, listing.asOf().minusSeconds(1)));
        } catch (Exception e) {
            // Events keep coming meanwhile; only channels already on air and silent wait for this.
            LOG.warnf("cannot list channels at %s (%s): retrying in %d s", ingest.address(), e,
                    delaySeconds);
            adoption.schedule(() -> adopt(assigned, count, mine, Math.min(delaySeconds * 2, MAX_RETRY_SECONDS)),
                    delaySeconds, TimeUnit.SECONDS);
            // Meanwhile every event is news.
        }
    }

    /**
     * Whether an event happened before the channel list adopted for its partition: what it says is already in the
     * list (or outdated by it), so replaying it would only start and stop FFmpeg for history.
     */
    public boolean alreadyAdopted(StreamStateEvent event) {
        Instant asOf = adoptedAsOf.get(partitionOf(event.channel(), partitionCount));
        return asOf != null && event.occurredAt().isBefore(asOf);
    }

    private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
        return partitions.stream().filter(p -> TOPIC.equals(p.topic())).map(TopicPartition::partition)
                .collect(Collectors.toSet());
    }
}
