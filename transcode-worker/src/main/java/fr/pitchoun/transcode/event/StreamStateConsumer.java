package fr.pitchoun.transcode.event;

import fr.pitchoun.transcode.channel.ChannelSupervisor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Reads {@code pitchoun.live.stream-state}. A record it cannot act on is nacked with the reason, which the
 * dead-letter-queue failure strategy writes to {@code pitchoun.live.stream-state.dlq}; consumption goes on.
 */
@ApplicationScoped
public class StreamStateConsumer {

    private static final Logger LOG = Logger.getLogger(StreamStateConsumer.class);

    private final StreamStateParser parser;
    private final ChannelSupervisor supervisor;
    private final PartitionAdoption adoption;

    public StreamStateConsumer(StreamStateParser parser, ChannelSupervisor supervisor, PartitionAdoption adoption) {
        this.parser = parser;
        this.supervisor = supervisor;
        this.adoption = adoption;
    }

    @Incoming("stream-state")
    public CompletionStage<Void> consume(Message<String> record) {
        StreamStateEvent event;
        try {
            event = parser.parse(record.getPayload());
        } catch (InvalidStreamStateException e) {
            LOG.warnf("Stream-state record sent to the dead-letter topic: %s", e.getMessage());
            return record.nack(e);
        }
        if (adoption.alreadyAdopted(event)) {
            LOG.debugf("[%s] %s of %s: before the adopted channel list, skipped", event.channel(), event.state(),
                    event.occurredAt());
            return record.ack();
        }
        LOG.infof("[%s] %s (event %s at %s)", event.channel(), event.state(), event.eventId(), event.occurredAt());
        // FFmpeg starts and stops on the supervisor's threads: the record is acknowledged right away.
        switch (event.state()) {
            case PUBLISHING -> supervisor.publishing(event.channel(), event.eventId(), event.pullUrl(), event.occurredAt());
            case UNPUBLISHED -> supervisor.unpublished(event.channel(), event.eventId(), event.occurredAt());
        }
        return record.ack();
    }
}
