package fr.pitchoun.transcode.event;

import fr.pitchoun.transcode.channel.ChannelSupervisor;
import fr.pitchoun.transcode.ingest.IngestChannel;
import fr.pitchoun.transcode.ingest.IngestClient;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts on air the channels of the stream-state partitions this worker is assigned, from live-ingest-service's list,
 * and remembers as of when, so that the backlog the list already reflects is skipped. If the service does not
 * answer, every event is applied meanwhile and the list is asked again after 1, 2, 4… 60 s (SmallRye Fault
 * Tolerance's retry with exponential backoff), until it answers or the assignment changes.
 */
@ApplicationScoped
public class PartitionAdoption {

    private static final Logger LOG = Logger.getLogger(PartitionAdoption.class);

    private final ChannelSupervisor supervisor;
    private final IngestClient ingest;
    /** Bumped by every rebalance: a retry planned for an older assignment gives up. */
    private final AtomicInteger generation = new AtomicInteger();
    /** Per owned partition, the time of the channel list adopted for it: older events are already reflected in it. */
    private final Map<Integer, Instant> adoptedAsOf = new ConcurrentHashMap<>();
    private volatile int partitionCount = 1;

    public PartitionAdoption(ChannelSupervisor supervisor, IngestClient ingest) {
        this.supervisor = supervisor;
        this.ingest = ingest;
    }

    /** A new assignment: the number that tells its retries from those of an older one. */
    int assigned(int partitions) {
        partitionCount = partitions;
        return generation.incrementAndGet();
    }

    /** Partitions went to another worker: their channels go, and any retry of an older assignment stops. */
    void revoked(Set<Integer> revoked, int partitions) {
        generation.incrementAndGet();
        revoked.forEach(adoptedAsOf::remove);
        supervisor.release(channel -> revoked.contains(StreamStatePartitions.partitionOf(channel, partitions)));
    }

    /** Adopts the partitions' channels now; false, logged, if the service did not answer. */
    boolean adoptNow(Set<Integer> assigned, int partitions) {
        try {
            adopt(assigned, partitions);
            return true;
        } catch (IOException | RuntimeException e) {
            // Events keep coming meanwhile; only channels already on air and silent wait for this.
            LOG.warnf("cannot list channels at %s (%s): asking again in 1, 2, 4… 60 s", ingest.address(), e);
            return false;
        }
    }

    /** The adoption's retries, once {@link #adoptNow} failed; called on the bean (its proxy), where the retry applies. */
    @Asynchronous
    @Retry(maxRetries = -1, delay = 2, delayUnit = ChronoUnit.SECONDS, jitter = 0, maxDuration = 0)
    @ExponentialBackoff(factor = 2, maxDelay = 60, maxDelayUnit = ChronoUnit.SECONDS)
    public CompletionStage<Void> adoptUntilListed(Set<Integer> assigned, int partitions, int assignment) {
        if (generation.get() == assignment) {
            try {
                adopt(assigned, partitions);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("cannot list channels at %s (%s): asking again later", ingest.address(), e);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    private void adopt(Set<Integer> assigned, int partitions) throws IOException {
        IngestClient.Listing listing = ingest.channels();
        List<IngestChannel> channels = listing.channels().stream()
                .filter(c -> assigned.contains(StreamStatePartitions.partitionOf(c.slug(), partitions))).toList();
        LOG.infof("adopting %s", channels.stream().map(c -> c.slug() + (c.live() ? " (live)" : "")).toList());
        supervisor.adopt(channels);
        // The Date header has whole seconds: events of that second are applied again, which is harmless.
        assigned.forEach(p -> adoptedAsOf.put(p, listing.asOf().minusSeconds(1)));
    }

    /**
     * Whether an event happened before the channel list adopted for its partition: what it says is already in the
     * list (or outdated by it), so replaying it would only start and stop FFmpeg for history.
     */
    boolean alreadyAdopted(StreamStateEvent event) {
        Instant asOf = adoptedAsOf.get(StreamStatePartitions.partitionOf(event.channel(), partitionCount));
        return asOf != null && event.occurredAt().isBefore(asOf);
    }
}
