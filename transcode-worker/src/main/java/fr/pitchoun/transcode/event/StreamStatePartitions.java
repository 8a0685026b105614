package fr.pitchoun.transcode.event;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Which channels this worker has on air follows which stream-state partitions it owns (a channel's events are keyed by
 * its slug). On assignment it adopts the channels of those partitions from live-ingest-service ({@link
 * PartitionAdoption}), live or not, so a channel resumes here when another worker stops, without waiting for its
 * next event; on revocation it lets them go. The assignor is cooperative (application.properties): a rebalance only
 * moves the partitions that change owner.
 */
@ApplicationScoped
@Identifier(StreamStatePartitions.NAME)
public class StreamStatePartitions implements KafkaConsumerRebalanceListener {

    /** Its name in application.properties ({@code consumer-rebalance-listener.name}). */
    public static final String NAME = "stream-state-partitions";
    private static final Logger LOG = Logger.getLogger(StreamStatePartitions.class);
    private static final String TOPIC = "pitchoun.live.stream-state";

    private final PartitionAdoption adoption;

    public StreamStatePartitions(PartitionAdoption adoption) {
        this.adoption = adoption;
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
        LOG.infof("stream-state partitions %s of %d assigned: adopting their channels", assigned, count);
        int assignment = adoption.assigned(count);
        // Right here, before the partitions' backlog is read, so that the backlog can be told from news (a second or
        // two of the poll loop at most: the client gives up quickly and the retries run off this thread).
        if (!adoption.adoptNow(assigned, count)) {
            CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS)
                    .execute(() -> adoption.adoptUntilListed(assigned, count, assignment));
        }
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Set<Integer> revoked = numbers(partitions);
        if (revoked.isEmpty()) {
            return;
        }
        LOG.infof("stream-state partitions %s revoked: releasing their channels", revoked);
        adoption.revoked(revoked, consumer.partitionsFor(TOPIC).size());
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        onPartitionsRevoked(consumer, partitions);
    }

    private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
        return partitions.stream().filter(p -> TOPIC.equals(p.topic())).map(TopicPartition::partition)
                .collect(Collectors.toSet());
    }
}
