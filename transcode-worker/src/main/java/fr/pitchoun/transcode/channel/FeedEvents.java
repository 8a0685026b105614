package fr.pitchoun.transcode.channel;

import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the control room last said of a channel's feed, to tell news from replays: Kafka delivers at least once, and
 * the channel list adopted at a partition's assignment may be newer than the backlog behind it.
 */
final class FeedEvents {

    private static final Logger LOG = Logger.getLogger(FeedEvents.class);
    private static final int REMEMBERED_EVENTS = 64;

    private final String channel;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    };
    private Instant changedAt = Instant.EPOCH;

    FeedEvents(String channel) {
        this.channel = channel;
    }

    /** Whether an event is news: not seen before (by its id, when it has one) and not older than the last one. */
    boolean fresh(String eventId, Instant at) {
        if (eventId != null && seen.put(eventId, Boolean.TRUE) != null) {
            LOG.debugf("[%s] event %s seen before: ignored", channel, eventId);
            return false;
        }
        if (at.isBefore(changedAt)) {
            LOG.infof("[%s] event of %s older than what is known (%s): ignored", channel, at, changedAt);
            return false;
        }
        return true;
    }

    /** When the feed last changed, as far as the events tell. */
    Instant changedAt() {
        return changedAt;
    }

    void changed(Instant at) {
        changedAt = at;
    }
}
