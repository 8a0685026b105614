package fr.pitchoun.cms.content;

import java.time.Instant;

/**
 * A kind of item that can be scheduled: {@link ScheduledPublisher} finds every bean of this type, so a new kind only
 * implements it (with {@link ContentChanges#publishDue}) to be published at its time.
 */
public interface ScheduledItems {

    /** Publishes, in a transaction of its own, the SCHEDULED items due at {@code now}; how many. */
    int publishDue(Instant now);
}
