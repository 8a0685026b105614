package fr.pitchoun.ingest.publication;

import fr.pitchoun.ingest.channel.Channel;
import fr.pitchoun.ingest.channel.PullUrls;
import fr.pitchoun.ingest.config.IngestConfig;
import fr.pitchoun.ingest.streamstate.StreamStateEvent;
import fr.pitchoun.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Answers NGINX-RTMP's callbacks: which stream key may go on air, under which public name, whether a publisher may
 * stay on air, and records each publication with its stream-state events. Stream keys are secrets: never logged.
 */
@ApplicationScoped
public class PublishingDesk {

    private static final Logger LOG = Logger.getLogger(PublishingDesk.class);

    /** NGINX-RTMP's on_update "call" for a publisher; players (the transcoder's pull) send "update_play". */
    static final String UPDATE_PUBLISH = "update_publish";

    private final Outbox outbox;
    private final PullUrls pullUrls;
    private final Duration silenceLimit;
    private final MeterRegistry metrics;

    PublishingDesk(Outbox outbox, PullUrls pullUrls, IngestConfig config, MeterRegistry metrics) {
        this.outbox = outbox;
        this.pullUrls = pullUrls;
        this.silenceLimit = config.updateInterval().multipliedBy(3);
        this.metrics = metrics;
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
        publication.streamKeySha256 = channel.streamKeySha256;
        publication.startedAt = now;
        publication.lastSeenAt = now;
        publication.persist();
        announce(StreamStateEvent.publishing(channel.slug, pullUrls.of(channel.slug), now));
        LOG.infof("Channel %s on air from %s (NGINX client %s)", channel.slug, clientAddr, nginxClientId);
        return new Decision(Outcome.ACCEPTED, channel.slug);
    }

    /**
     * NGINX's periodic on_update for a connection: true keeps it, false makes NGINX drop it. A publisher stays while
     * its publication is open, its channel enabled and its key still the channel's; each answer is its heartbeat.
     * NGINX sends the original stream key as name, like for publish_done.
     */
    @Transactional
    public boolean update(String call, String streamKey, String nginxClientId, String clientAddr) {
        if (!UPDATE_PUBLISH.equals(call)) {
            return true; // players are the transcoder pulling the renamed stream: not ours to judge
        }
        Optional<Publication> open = Publication.openBy(streamKey, nginxClientId);
        if (open.isEmpty()) {
            // Ended meanwhile: channel disabled, or closed after a silence (NGINX could not reach this service).
            LOG.warnf("Dropping publisher %s (NGINX client %s): no open publication for it", clientAddr, nginxClientId);
            return false;
        }
        Publication publication = open.get();
        Channel channel = publication.channel;
        if (!channel.streamKeySha256.equals(publication.streamKeySha256)) {
            end(publication, "its stream key was rotated");
            return false;
        }
        if (!channel.enabled) {
            end(publication, "the channel was disabled");
            return false;
        }
        publication.lastSeenAt = now();
        return true;
    }

    /**
     * The encoder stopped (NGINX's on_publish_done). NGINX sends the name the encoder published with, the stream key,
     * even after renaming the stream, and also sends it for a publisher it refused itself: only the publication opened
     * by the same NGINX client with the same key ends (a key rotated since still finds it).
     */
    @Transactional
    public void publishDone(String streamKey, String nginxClientId, String clientAddr) {
        Optional<Publication> ended = Publication.openBy(streamKey, nginxClientId);
        if (ended.isEmpty()) {
            LOG.infof("publish_done from %s (NGINX client %s) matches no live publication: ignored", clientAddr,
                    nginxClientId);
            return;
        }
        end(ended.get(), "NGINX reported publish_done");
    }

    /** Closes the publications NGINX has not confirmed for three update intervals: NGINX is gone or cut off. */
    @Transactional
    public int closeSilent() {
        Instant cutoff = now().minus(silenceLimit);
        List<Publication> silent = Publication.silentSince(cutoff);
        silent.forEach(publication -> {
            end(publication, "NGINX has not confirmed it since " + publication.lastSeenAt);
            metrics.counter("pitchoun.ingest.silent.publications.closed").increment();
        });
        return silent.size();
    }

    /** Ends the channel's open publication, if any, within the caller's transaction (e.g. the channel is disabled). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endLive(Channel channel, String why) {
        Publication.openOn(channel).ifPresent(publication -> end(publication, why));
    }

    private void end(Publication publication, String why) {
        Instant now = now();
        publication.endedAt = now;
        announce(StreamStateEvent.unpublished(publication.channel.slug, now));
        LOG.infof("Channel %s off air (NGINX client %s): %s", publication.channel.slug, publication.nginxClientId, why);
    }

    /** Into the outbox, in the caller's transaction: sent only if the change commits; keyed by channel, so in order. */
    private void announce(StreamStateEvent event) {
        outbox.append(event.channel(), event.eventId().toString(), event);
    }

    /** Milliseconds are what the events and the API show. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
