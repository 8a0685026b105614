package fr.pitchoun.ingest.publication;

import fr.pitchoun.ingest.channel.Channel;
import fr.pitchoun.ingest.config.IngestConfig;
import fr.pitchoun.ingest.streamstate.StreamStateEvent;
import fr.pitchoun.ingest.streamstate.StreamStateOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Answers NGINX-RTMP's publish callbacks: which stream key may go on air, under which public name, and records the
 * publication with its stream-state event. Stream keys are secrets: they are never logged.
 */
@ApplicationScoped
public class PublishingDesk {

    private static final Logger LOG = Logger.getLogger(PublishingDesk.class);

    private final StreamStateOutbox outbox;
    private final IngestConfig config;

    PublishingDesk(StreamStateOutbox outbox, IngestConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    public enum Outcome { ACCEPTED, UNKNOWN_KEY, DISABLED, ALREADY_LIVE }

    /** What to tell NGINX: the channel slug to rename the stream to when accepted. */
    public record Decision(Outcome outcome, String slug) {
    }

    /** A control-room encoder connects with {@code streamKey} as stream name (NGINX's on_publish). */
    @Transactional
    public Decision publish(String streamKey, String nginxClientId, String clientAddr) {
        Optional<Channel> found = Channel.byStreamKey(streamKey);
        if (found.isEmpty()) {
            LOG.warnf("Refused publish from %s (NGINX client %s): unknown stream key", clientAddr, nginxClientId);
            return new Decision(Outcome.UNKNOWN_KEY, null);
        }
        // Locked so that two encoders publishing at once cannot both find the channel off air.
        Channel channel = Channel.findById(found.get().id, LockModeType.PESSIMISTIC_WRITE);
        if (!channel.enabled) {
            LOG.warnf("Refused publish from %s (NGINX client %s): channel %s is disabled", clientAddr, nginxClientId,
                    channel.slug);
            return new Decision(Outcome.DISABLED, channel.slug);
        }
        Optional<Publication> live = Publication.openOn(channel);
        if (live.isPresent()) {
            // NGINX would refuse this second publisher of the stream anyway, after the rename: refusing it here keeps
            // its publish_done from ending the publication that is really on air.
            LOG.warnf("Refused publish from %s (NGINX client %s): channel %s is already live since %s from %s",
                    clientAddr, nginxClientId, channel.slug, live.get().startedAt, live.get().clientAddr);
            return new Decision(Outcome.ALREADY_LIVE, channel.slug);
        }
        Instant now = now();
        Publication publication = new Publication();
        publication.channel = channel;
        publication.nginxClientId = nginxClientId;
        publication.clientAddr = clientAddr;
        publication.startedAt = now;
        publication.persist();
        outbox.add(StreamStateEvent.publishing(channel.slug, pullUrl(channel.slug), now));
        LOG.infof("Channel %s on air from %s (NGINX client %s)", channel.slug, clientAddr, nginxClientId);
        return new Decision(Outcome.ACCEPTED, channel.slug);
    }

    /**
     * The encoder stopped (NGINX's on_publish_done). NGINX sends the name the encoder published with, the stream key,
     * even after renaming the stream, and also sends it for a publisher it refused itself: only the publication opened
     * by the same NGINX client ends.
     */
    @Transactional
    public void publishDone(String streamKey, String nginxClientId, String clientAddr) {
        Optional<Publication> ended = Channel.byStreamKey(streamKey)
                .flatMap(Publication::openOn)
                .filter(publication -> publication.nginxClientId.equals(nginxClientId));
        if (ended.isEmpty()) {
            LOG.infof("publish_done from %s (NGINX client %s) matches no live publication: ignored", clientAddr,
                    nginxClientId);
            return;
        }
        Publication publication = ended.get();
        Instant now = now();
        publication.endedAt = now;
        outbox.add(StreamStateEvent.unpublished(publication.channel.slug, now));
        LOG.infof("Channel %s off air (NGINX client %s)", publication.channel.slug, nginxClientId);
    }

    private String pullUrl(String slug) {
        return "rtmp://" + config.rtmpPullHost() + ":" + config.rtmpPullPort() + "/live/" + slug;
    }

    /** Milliseconds are what the events and the API show. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
